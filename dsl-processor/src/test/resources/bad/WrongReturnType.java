package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface WrongReturnType {
    @Flatten                          dev.lamina.runtime.layer.Dense flatten();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
