package dev.lamina.samples;

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
 * The chapter's Batch Normalization cell: BN as the first layer (in place of input
 * standardization) and after every hidden layer, trained with SGD and gradient clipping by value
 * (Keras's {@code clipvalue=1.0}).
 */
@Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
@Optimizer(value = OptimizerKind.SGD, learningRate = 0.01, clipValue = 1.0)
public interface FashionBatchNorm {
    @Flatten                                  Layer flatten();
    @BatchNorm                                Layer bn0();
    @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
    @BatchNorm                                Layer bn1();
    @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
    @BatchNorm                                Layer bn2();
    @Dense(units = 10, act = SOFTMAX)         Layer output();
}
