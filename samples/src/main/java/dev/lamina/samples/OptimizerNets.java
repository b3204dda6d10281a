package dev.lamina.samples;

import static dev.lamina.dsl.Activation.RELU;
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
 * The chapter's optimizer comparison: one network ({@link Body}, three ReLU + He layers of 100
 * units), declared once and trained with each optimizer at the chapter's settings. The optimizer
 * is part of a model's declaration, so each is a model extending the shared body.
 */
final class OptimizerNets {
    private OptimizerNets() {}

    /** The layers every model of the comparison shares. */
    interface Body {
        @Flatten                                       Layer flatten();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden1();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden2();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden3();
        @Dense(units = 10, act = SOFTMAX)               Layer output();
    }

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.SGD, learningRate = 0.001)
    interface PlainSgdNet extends Body {}

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.SGD, learningRate = 0.001, momentum = 0.9)
    interface MomentumNet extends Body {}

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.SGD, learningRate = 0.001, momentum = 0.9, nesterov = true)
    interface NesterovNet extends Body {}

    /** The chapter's comparison includes AdaGrad on this deep net, the very case the warning is about. */
    @SuppressWarnings("lamina:adagrad-deep")
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.ADAGRAD, learningRate = 0.001)
    interface AdagradNet extends Body {}

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.RMSPROP, learningRate = 0.001, rho = 0.9)
    interface RmsPropNet extends Body {}

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.ADAM, learningRate = 0.001, beta1 = 0.9, beta2 = 0.999)
    interface AdamNet extends Body {}

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.NADAM, learningRate = 0.001)
    interface NadamNet extends Body {}
}
