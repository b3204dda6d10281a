package dev.lamina.dsl;

/** How often a {@link Schedule} moves the learning rate. */
public enum Granularity {
    /**
     * At every training step (batch), as Keras's {@code LearningRateSchedule} objects do; t counts
     * the model's steps across fits.
     */
    STEP,
    /**
     * At the start of every epoch, the step counted in epochs, as a Keras
     * {@code LearningRateScheduler} callback does: the chapter's {@code 0.01 * 0.1 ** (epoch / 20)}.
     * t counts the model's completed epochs across fits (as STEP counts steps), so a restored
     * model continues the schedule where the saved run left it.
     */
    EPOCH
}
