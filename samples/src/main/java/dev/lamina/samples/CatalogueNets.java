package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Distribution.UNIFORM;
import static dev.lamina.dsl.FanMode.FAN_AVG;
import static dev.lamina.dsl.Init.HE_NORMAL;
import static dev.lamina.dsl.Init.LECUN_NORMAL;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.LeakyReLU;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.PReLU;
import dev.lamina.dsl.RReLU;
import dev.lamina.dsl.Standardize;
import dev.lamina.dsl.VarianceScaling;
import dev.lamina.runtime.layer.Layer;

/**
 * The chapter's initialization and activation cells as small Fashion-MNIST classifiers (two
 * hidden layers of 100 units, Nadam): each cell's layer pattern, repeated, under a softmax.
 */
final class CatalogueNets {
    private CatalogueNets() {}

    /** Cell In[11], first layer: ReLU with He normal. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface HeReluNet {
        @Flatten                                          Layer flatten();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden1();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden2();
        @Dense(units = 10, act = SOFTMAX)                 Layer output();
    }

    /** Cell In[11], second layer: sigmoid with {@code VarianceScaling(scale=2., mode="fan_avg", distribution="uniform")}. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface HeAvgSigmoidNet {
        @Flatten Layer flatten();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 2.0, mode = FAN_AVG, distribution = UNIFORM)
        Layer hidden1();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 2.0, mode = FAN_AVG, distribution = UNIFORM)
        Layer hidden2();
        @Dense(units = 10, act = SOFTMAX) Layer output();
    }

    /** Cell In[11], third layer: SELU with LeCun normal (on standardized inputs, as SELU needs). */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface LecunSeluNet {
        @Standardize                                         Layer standardize();
        @Flatten                                             Layer flatten();
        @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden1();
        @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer hidden2();
        @Dense(units = 10, act = SOFTMAX)                    Layer output();
    }

    /** Cell In[12]: a Dense layer, then {@code LeakyReLU(alpha=0.2)} as its own layer. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface LeakyReluNet {
        @Flatten                                Layer flatten();
        @Dense(units = 100, init = HE_NORMAL)   Layer hidden1();
        @LeakyReLU(slope = 0.2)                 Layer leaky1();
        @Dense(units = 100, init = HE_NORMAL)   Layer hidden2();
        @LeakyReLU(slope = 0.2)                 Layer leaky2();
        @Dense(units = 10, act = SOFTMAX)       Layer output();
    }

    /** Cell In[12]: PReLU, a learned slope per unit. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface PReluNet {
        @Flatten                              Layer flatten();
        @Dense(units = 100, init = HE_NORMAL) Layer hidden1();
        @PReLU                                Layer prelu1();
        @Dense(units = 100, init = HE_NORMAL) Layer hidden2();
        @PReLU                                Layer prelu2();
        @Dense(units = 10, act = SOFTMAX)     Layer output();
    }

    /** RReLU: a random slope in [1/8, 1/3] while training, the mean slope at inference. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface RReluNet {
        @Flatten                                  Layer flatten();
        @Dense(units = 100, init = HE_NORMAL)     Layer hidden1();
        @RReLU(lower = 1.0 / 8, upper = 1.0 / 3)  Layer rrelu1();
        @Dense(units = 100, init = HE_NORMAL)     Layer hidden2();
        @RReLU(lower = 1.0 / 8, upper = 1.0 / 3)  Layer rrelu2();
        @Dense(units = 10, act = SOFTMAX)         Layer output();
    }

    /** ELU with He normal. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface EluNet {
        @Flatten                                         Layer flatten();
        @Dense(units = 100, act = ELU, init = HE_NORMAL) Layer hidden1();
        @Dense(units = 100, act = ELU, init = HE_NORMAL) Layer hidden2();
        @Dense(units = 10, act = SOFTMAX)                Layer output();
    }
}
