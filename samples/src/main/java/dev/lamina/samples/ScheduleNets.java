package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;
import static dev.lamina.dsl.Init.LECUN_NORMAL;

import dev.lamina.dsl.AlphaDropout;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Granularity;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.Schedule;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;

/** The models of the schedule samples and of the chapter's practical default configurations. */
final class ScheduleNets {
    private ScheduleNets() {}

    /** The chapter's exponential decay cell: {@code lr = 0.01 · 0.1^(epoch / 20)}, per epoch. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.SGD, learningRate = 0.01)
    @Schedule(value = ScheduleKind.EXPONENTIAL, initialRate = 0.01, decayRate = 0.1, decaySteps = 20,
            per = Granularity.EPOCH)
    interface ExponentialDecayNet {
        @Flatten                                  Layer flatten();
        @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
        @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
        @Dense(units = 10, act = SOFTMAX)         Layer output();
    }

    /** The design card's spelling: Nadam with 1cycle (its maximum rate found by the LR finder at run time). */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.NADAM, schedule = ScheduleKind.ONE_CYCLE)
    interface OneCycleNet {
        @Flatten                                  Layer flatten();
        @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
        @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
        @Dense(units = 10, act = SOFTMAX)         Layer output();
    }

    /** The chapter's default DNN configuration: He + ELU, Batch Normalization, Nadam with 1cycle. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.NADAM, schedule = ScheduleKind.ONE_CYCLE)
    interface DefaultsNet {
        @Flatten                                  Layer flatten();
        @BatchNorm                                Layer bn0();
        @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
        @BatchNorm                                Layer bn1();
        @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
        @BatchNorm                                Layer bn2();
        @Dense(units = 10, act = SOFTMAX)         Layer output();
    }

    /** The chapter's self-normalizing configuration: SELU + LeCun, standardized inputs, AlphaDropout, no BN. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(OptimizerKind.NADAM)
    interface SelfNormalizingNet {
        @Standardize                                          Layer standardize();
        @Flatten                                              Layer flatten();
        @Dense(units = 300, act = SELU, init = LECUN_NORMAL)  Layer hidden1();
        @AlphaDropout(0.1)                                    Layer drop1();
        @Dense(units = 100, act = SELU, init = LECUN_NORMAL)  Layer hidden2();
        @AlphaDropout(0.1)                                    Layer drop2();
        @Dense(units = 10, act = SOFTMAX)                     Layer output();
    }
}
