package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** Layers named like the parameters of the generated body(tf, x, mode). */
@Model(input = {3}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface ParameterNames {
    @Dense(units = 4, act = RELU, init = HE)    Layer tf();
    @Dense(units = 4, act = RELU, init = HE)    Layer x();
    @Dense(units = 4, act = RELU, init = HE)    Layer mode();
    @Dense(units = 2, act = SOFTMAX) Layer output();
}
