package dev.lamina.samples;

import static dev.lamina.dsl.Activation.SELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.LECUN_NORMAL;

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
 * The chapter's self-normalizing experiment: 100 hidden layers of 100 SELU units with LeCun normal
 * initialization on standardized inputs, trained with SGD (learning rate 0.001, momentum 0.9).
 * Without Batch Normalization the activations keep a mean near 0 and a standard deviation near 1
 * through all 100 layers.
 */
@Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
@Optimizer(value = OptimizerKind.SGD, learningRate = 0.001, momentum = 0.9)
public interface FashionSeluDeep {
    @Standardize                                                      Layer standardize();
    @Flatten                                                          Layer flatten();
    // hidden1 ... hidden100: the names, and so the initial weights, of the stack written out.
    @Repeat(100) @Dense(units = 100, act = SELU, init = LECUN_NORMAL) List<Layer> hidden();
    @Dense(units = 10, act = SOFTMAX)                                 Layer output();
}
