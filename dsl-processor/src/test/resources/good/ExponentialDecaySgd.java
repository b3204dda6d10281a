package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Granularity.EPOCH;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
import static dev.lamina.dsl.OptimizerKind.SGD;
import static dev.lamina.dsl.ScheduleKind.EXPONENTIAL;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.Schedule;
import dev.lamina.runtime.layer.Layer;

/** Geron's exponential decay cell, 0.01 * 0.1 ** (epoch / 20), with clipped SGD. */
@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
@Optimizer(value = SGD, clipValue = 1.0)
@Schedule(value = EXPONENTIAL, initialRate = 0.01, decayRate = 0.1, decaySteps = 20, per = EPOCH)
public interface ExponentialDecaySgd {
    @Dense(units = 16, act = RELU, init = HE)   Layer hidden();
    @Dense(units = 3, act = SOFTMAX) Layer output();
}
