package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.BINARY_CROSSENTROPY;
import static dev.lamina.dsl.ScheduleKind.CUSTOM;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Schedule;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.schedule.LearningRateSchedule;

/** A schedule of the user's own: halve the rate every 10 epochs. */
@Model(input = {8}, loss = BINARY_CROSSENTROPY)
@Schedule(value = CUSTOM, custom = CustomScheduled.Halving.class)
public interface CustomScheduled {
    @Dense(units = 16, act = RELU, init = HE)   Layer hidden();
    @Dense(units = 1, act = SIGMOID) Layer output();

    /** Halves the rate every 10 epochs. */
    final class Halving implements LearningRateSchedule {
        private double initialRate;

        public Halving() {}

        @Override
        public void start(int epochs, int stepsPerEpoch, double initialRate) {
            this.initialRate = initialRate;
        }

        @Override
        public double rate(long step, int epoch) {
            return initialRate * Math.pow(0.5, epoch / 10);
        }
    }
}
