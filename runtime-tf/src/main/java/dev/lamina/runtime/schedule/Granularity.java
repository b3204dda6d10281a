package dev.lamina.runtime.schedule;

/**
 * Which counter a decay schedule's {@code t} is: the optimizer step (Keras's
 * {@code LearningRateSchedule}s, which count batches) or the epoch (a function given to Keras's
 * {@code LearningRateScheduler} callback, as the chapter's {@code exponential_decay(epoch)}).
 */
public enum Granularity {
    /** t = optimizer iterations so far, 0-based, across fits; the rate may change at every batch. */
    STEP,
    /**
     * t = epochs completed, 0-based, over the model's life (across fits, as STEP's counter), so a
     * restored model continues the schedule; the rate changes once per epoch.
     */
    EPOCH;

    /** t for the step about to run. */
    public double t(long step, int epoch) {
        return this == STEP ? step : epoch;
    }
}
