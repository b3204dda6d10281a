package test;

import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** Holds a model; the generated class is test.NetModel. */
public final class Nested {
    private Nested() {}

    @Model(input = {2}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
    public interface Net {
        @Dense(units = 2, act = SOFTMAX) Layer output();
    }
}
