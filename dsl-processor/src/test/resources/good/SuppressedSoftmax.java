package test;

import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** A softmax hidden layer on purpose, said so where it is declared. */
@Model(input = {6}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface SuppressedSoftmax {
    @SuppressWarnings("lamina:softmax-hidden")
    @Dense(units = 6, act = SOFTMAX) Layer attention();

    @Dense(units = 3, act = SOFTMAX) Layer output();
}
