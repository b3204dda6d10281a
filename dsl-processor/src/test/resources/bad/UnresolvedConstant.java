package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface UnresolvedConstant {
    @Dense(units = Sizes.HIDDEN, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1, act = SIGMOID)         Layer output();
}
