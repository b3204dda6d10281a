package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.Target;
import dev.lamina.runtime.layer.Layer;

/**
 * Unsupervised pretraining: an autoencoder learns to reconstruct Fashion-MNIST images without
 * labels ({@code target = Target.INPUT}); a classifier then reuses its encoder, declared once in
 * {@link Encoder}, and trains on a few labelled images.
 */
final class PretrainingNets {
    private PretrainingNets() {}

    /** The layers the autoencoder and the classifier share. */
    interface Encoder {
        @Flatten                                  Layer flatten();
        @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
        @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
    }

    /** Encoder, then a decoder back to 784 pixels; each image is its own target (pixels in [0, 1]). */
    @Model(input = {28, 28}, loss = Loss.BINARY_CROSSENTROPY, target = Target.INPUT)
    @Optimizer(OptimizerKind.NADAM)
    interface FashionAutoencoder extends Encoder {
        @Dense(units = 300, act = ELU, init = HE) Layer decoder1();
        @Dense(units = 784, act = SIGMOID)        Layer reconstruction();
    }

    /** Encoder, then a softmax over the ten classes. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface PretrainedClassifier extends Encoder {
        @Dense(units = 10, act = SOFTMAX) Layer output();
    }
}
