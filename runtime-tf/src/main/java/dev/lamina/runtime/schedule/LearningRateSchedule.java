package dev.lamina.runtime.schedule;

import java.util.Map;

/**
 * The learning rate at each training step. The training loop feeds the rate as a graph input at
 * every step, so a schedule is plain host-side code. A user-written schedule is a class
 * implementing this interface with a public no-argument constructor, named in
 * {@code @Schedule(value = CUSTOM, custom = MySchedule.class)}.
 */
public interface LearningRateSchedule {
    /** Called once when fit starts: the run's size and the optimizer's declared rate. */
    default void start(int epochs, int stepsPerEpoch, double initialRate) {}

    /**
     * The rate for the step about to run.
     *
     * @param step optimizer iterations so far (0-based, across fits)
     * @param epoch 0-based within this fit
     */
    double rate(long step, int epoch);

    /** After each epoch with its logs (loss, val_loss, accuracy, …): performance-based schedules react here. */
    default void epochEnded(int epoch, Map<String, Double> logs) {}
}
