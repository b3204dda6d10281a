package dev.lamina.benchmarks;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.runtime.layer.Layer;

/**
 * The model of issue 8, declared with the DSL so that the processor generates its trainer (as a
 * user's would be): the chapter's Batch Normalization network, with Nadam (the target) and
 * with Adam (to measure what Nadam costs over Adam, and to compare with the hand-written graph,
 * which uses TensorFlow's fused {@code ApplyAdam}).
 */
final class BenchNets {
    private BenchNets() {}

    /** Flatten → BN → Dense 300 ELU He → BN → Dense 100 ELU He → BN → Dense 10 softmax. */
    interface Body {
        @Flatten                                  Layer flatten();
        @BatchNorm                                Layer bn0();
        @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
        @BatchNorm                                Layer bn1();
        @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
        @BatchNorm                                Layer bn2();
        @Dense(units = 10, act = SOFTMAX)         Layer output();
    }

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.NADAM, learningRate = 1e-3)
    interface BenchNadam extends Body {}

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.ADAM, learningRate = 1e-3)
    interface BenchAdam extends Body {}
}
