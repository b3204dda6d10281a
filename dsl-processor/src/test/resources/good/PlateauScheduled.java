package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.BINARY_CROSSENTROPY;
import static dev.lamina.dsl.OptimizerKind.SGD;
import static dev.lamina.dsl.ScheduleKind.PLATEAU;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.Schedule;
import dev.lamina.runtime.layer.Layer;

/** Geron's performance scheduling: halve the rate after 5 epochs without improvement. */
@Model(input = {8}, loss = BINARY_CROSSENTROPY)
@Optimizer(value = SGD, learningRate = 0.02, momentum = 0.9)
@Schedule(value = PLATEAU, factor = 0.5, patience = 5)
public interface PlateauScheduled {
    @Dense(units = 16, act = RELU, init = HE)   Layer hidden();
    @Dense(units = 1, act = SIGMOID) Layer output();
}
