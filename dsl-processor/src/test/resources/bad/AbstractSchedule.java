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
@Schedule(
        value = CUSTOM,
        custom = AbstractSchedule.Base.class)
public interface AbstractSchedule {
    @Dense(units = 1, act = SIGMOID) Layer output();

    abstract class Base implements dev.lamina.runtime.schedule.LearningRateSchedule {}
}
