package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Frozen;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface FrozenWithoutWeights {
    @Dense(units = 16, act = RELU, init = HE) Layer hidden();
    @Frozen @Dropout(0.2)                     Layer drop();
    @Dense(units = 1, act = SIGMOID)          Layer output();
}
