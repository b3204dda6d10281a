package dev.lamina.runtime.train;

import dev.lamina.runtime.io.Resumable;
import java.util.Map;

/**
 * Hooks into {@code fit}, as Keras's {@code Callback}. Every method has an empty default, so a
 * callback implements only what it needs. A callback stops training with
 * {@link SequentialModel#stopTraining()}, and reads or restores weights with
 * {@link SequentialModel#weights()} and {@link SequentialModel#setWeights}. A callback whose state
 * decides what later epochs do exposes it as {@link Resumable}, so that a save made during a fit
 * holds it and {@link SequentialModel#resume} puts it back.
 */
public interface Callback extends Resumable {
    /** Before the first epoch. */
    default void onTrainBegin(SequentialModel model) {}

    /**
     * Before each epoch; {@code epoch} counts from 0 within this {@code fit} (a
     * {@link SequentialModel#resume}d fit continues the numbering of the fit it resumes).
     */
    default void onEpochBegin(SequentialModel model, int epoch) {}

    /**
     * After each training step. Only a callback that overrides this is called for batches, and
     * only then does a step fetch its loss from TensorFlow (otherwise the epoch's loss stays in the
     * graph until the epoch ends), as Keras calls batch hooks only where they are implemented.
     *
     * @param batch the step's 1-based number within the epoch
     * @param batchLoss this step's mean loss over its batch
     * @param runningLoss the epoch's mean loss so far (what the progress display shows)
     */
    default void onBatchEnd(SequentialModel model, int epoch, int batch, double batchLoss, double runningLoss) {}

    /** After each epoch (and its validation), with the epoch's logs: {@code loss}, {@code val_loss}, … */
    default void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {}

    /** After the last epoch, or after training was stopped. */
    default void onTrainEnd(SequentialModel model, History history) {}
}
