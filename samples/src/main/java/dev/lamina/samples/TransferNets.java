package dev.lamina.samples;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE_NORMAL;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.runtime.layer.Layer;

/**
 * The chapter's transfer-learning experiment. Model A classifies eight Fashion-MNIST classes (all
 * but sandals and shirts); model B tells sandals from shirts. Both extend {@link Body}, so B's
 * lower layers are A's, checked by the compiler; B on A copies them from a save of A.
 */
final class TransferNets {
    private TransferNets() {}

    /** The layers A and B share. */
    interface Body {
        @Flatten                                          Layer flatten();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden1();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden2();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden3();
    }

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.SGD, learningRate = 0.001)
    interface FashionA extends Body {
        @Dense(units = 8, act = SOFTMAX) Layer output();
    }

    @Model(input = {28, 28}, loss = Loss.BINARY_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.SGD, learningRate = 0.001)
    interface FashionB extends Body {
        @Dense(units = 1, act = SIGMOID) Layer output();
    }
}
