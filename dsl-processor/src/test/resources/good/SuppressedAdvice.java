package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** Keras's default initializer with ReLU, on purpose, said so on the layer. */
@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface SuppressedAdvice {
    @SuppressWarnings("lamina:init-activation")
    @Dense(units = 16, act = RELU)   Layer hidden();

    @Dense(units = 1, act = SIGMOID) Layer output();
}
