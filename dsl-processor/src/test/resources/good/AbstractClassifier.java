package test;

import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.train.SequentialModel;

/** A model declared as an abstract class, with a helper method of its own; no @Optimizer. */
@Model(input = {4}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public abstract class AbstractClassifier extends SequentialModel {

    @Dense(units = 3, act = SOFTMAX)
    protected abstract Layer output();

    /** Not a layer: it has a body. */
    public String describe() {
        return "three classes";
    }
}
