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
        custom = ScheduleWithoutDefaultConstructor.Fixed.class)
public interface ScheduleWithoutDefaultConstructor {
    @Dense(units = 1, act = SIGMOID) Layer output();

    final class Fixed implements dev.lamina.runtime.schedule.LearningRateSchedule {
        private final double rate;

        public Fixed(double rate) {
            this.rate = rate;
        }

        @Override
        public double rate(long step, int epoch) {
            return rate;
        }
    }
}
