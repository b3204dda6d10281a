package dev.lamina.samples;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.Repeat;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;
import java.util.List;

/**
 * The chapter's contrast to {@link FashionSeluDeep}: the same 100 hidden layers of 100 units on
 * standardized inputs, trained the same way (SGD, learning rate 0.001, momentum 0.9), with ReLU and
 * He normal initialization instead of SELU and LeCun normal, and no Batch Normalization.
 */
@Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
@Optimizer(value = OptimizerKind.SGD, learningRate = 0.001, momentum = 0.9)
public interface FashionReluDeep {
    @Standardize                                                      Layer standardize();
    @Flatten                                                          Layer flatten();
    // hidden1 ... hidden100: the names, and so the initial weights, of the stack written out.
    @Repeat(100) @Dense(units = 100, act = RELU, init = HE)           List<Layer> hidden();
    @Dense(units = 10, act = SOFTMAX)                                 Layer output();
}
