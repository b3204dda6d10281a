package dev.lamina.runtime.callback;

import dev.lamina.runtime.train.SequentialModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Saves the model at the end of epochs, as Keras's {@code ModelCheckpoint}: every epoch, or
 * with {@code saveBestOnly} only when the monitored quantity improves on the best so far (so the
 * directory always holds the best model seen). Each save is a full {@link SequentialModel#save}:
 * atomic, checksummed, and enough to resume training. Made during a fit, it is written once every
 * callback has run for the epoch and records where the fit stands, so that
 * {@link SequentialModel#resume} continues a killed run exactly.
 */
public final class ModelCheckpoint extends MonitorCallback {
    private final Path directory;
    private final boolean saveBestOnly;
    private int savedEpoch = -1;

    public ModelCheckpoint(Path directory, Monitor monitor, boolean saveBestOnly) {
        super(monitor);
        this.directory = Objects.requireNonNull(directory, "directory");
        this.saveBestOnly = saveBestOnly;
    }

    /** Keeps the model with the best {@code val_loss} in {@code directory}. */
    public static ModelCheckpoint bestOnly(Path directory) {
        return new ModelCheckpoint(directory, Monitor.of("val_loss"), true);
    }

    /** Saves the model in {@code directory} after every epoch: what {@link dev.lamina.runtime.train.SequentialModel#resume} resumes from. */
    public static ModelCheckpoint every(Path directory) {
        return new ModelCheckpoint(directory, Monitor.of("loss"), false);
    }

    /** The epoch (0-based, within the last fit) of the last save, or -1. */
    public int savedEpoch() {
        return savedEpoch;
    }

    @Override
    public void onTrainBegin(SequentialModel model) {
        resetBest();
        savedEpoch = -1;
    }

    @Override
    public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
        if (saveBestOnly && !updateBest(current(logs))) {
            return;
        }
        model.save(directory);
        savedEpoch = epoch;
    }

    /** The best value and the epoch of the last save. */
    @Override
    public Map<String, Double> trainingState() {
        Map<String, Double> state = super.trainingState();
        state.put("savedEpoch", (double) savedEpoch);
        return state;
    }

    @Override
    public void restoreTrainingState(Map<String, Double> state) {
        super.restoreTrainingState(state);
        savedEpoch = state.getOrDefault("savedEpoch", (double) savedEpoch).intValue();
    }
}
