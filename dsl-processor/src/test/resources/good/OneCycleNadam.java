package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
import static dev.lamina.dsl.Metric.ACCURACY;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.runtime.layer.Layer;

/** The design card's spelling: Nadam with 1cycle, every 1cycle rate left to its default. */
@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
@Optimizer(value = OptimizerKind.NADAM, schedule = ScheduleKind.ONE_CYCLE)
public interface OneCycleNadam {
    @Dense(units = 16, act = RELU, init = HE)   Layer hidden();
    @Dense(units = 3, act = SOFTMAX) Layer output();
}
