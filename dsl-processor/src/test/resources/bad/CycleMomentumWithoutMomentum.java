package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Distribution.*;
import static dev.lamina.dsl.FanMode.*;
import static dev.lamina.dsl.Granularity.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.OptimizerKind.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.WeightTarget.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
@Optimizer(value = SGD, learningRate = 0.01)
@Schedule(
        value = ONE_CYCLE,
        maxRate = 0.01,
        cycleMomentum = true)
public interface CycleMomentumWithoutMomentum {
    @Dense(units = 1, act = SIGMOID) Layer output();
}
