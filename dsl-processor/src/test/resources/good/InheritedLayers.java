package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** Layers shared by several models. */
interface FeatureExtractor {
    @Flatten                     Layer flatten();
    @Dense(units = 32, act = RELU, init = HE) Layer features();

    /** Not a layer: a default method. */
    default String describe() {
        return "features";
    }
}

/** A second super-interface, with a layer of its own. */
interface Bottleneck {
    @Dense(units = 8, act = RELU, init = HE) Layer bottleneck();
}

/**
 * Inherits its first layers, in the order of its extends clause. close() (implemented by
 * SequentialModel) and toString() (implemented by Object) are abstract here but not layers.
 */
@Model(input = {4, 4}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface InheritedLayers extends FeatureExtractor, Bottleneck, AutoCloseable {
    @Dense(units = 10, act = SOFTMAX) Layer output();

    @Override
    void close();

    @Override
    String toString();
}
