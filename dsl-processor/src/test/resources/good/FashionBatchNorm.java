package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
import static dev.lamina.dsl.Metric.ACCURACY;
import static dev.lamina.dsl.OptimizerKind.SGD;

import dev.lamina.dsl.ActivationLayer;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** Geron's Batch Normalization cell: BN first, then between each Dense layer and its activation; clipped SGD. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
@Optimizer(value = SGD, learningRate = 0.01, clipValue = 1.0)
public interface FashionBatchNorm {
    @Flatten                                          Layer flatten();
    @BatchNorm                                        Layer bn0();
    @Dense(units = 300, init = HE, useBias = false)   Layer hidden1();
    @BatchNorm                                        dev.lamina.runtime.layer.BatchNorm bn1();
    @ActivationLayer(ELU)                             Layer elu1();
    @Dense(units = 100, init = HE, useBias = false)   Layer hidden2();
    @BatchNorm(momentum = 0.9, epsilon = 0.01, scale = false) Layer bn2();
    @ActivationLayer(ELU)                             Layer elu2();
    @Dense(units = 10, act = SOFTMAX)                 Layer output();
}
