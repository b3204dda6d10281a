package dev.lamina.runtime.train;

import java.nio.file.Path;
import java.util.Map;

/**
 * Saves the model at the end of epochs, as Keras's {@code ModelCheckpoint}: every epoch, or
 * with {@code saveBestOnly} only when the monitored quantity improves on the best so far (so the
 * directory always holds the best model seen). Each save is a full {@link SequentialModel#save}:
 * atomic, checksummed, and enough to resume training.
 */
public final class ModelCheckpoint implements Callback {
    private final Path directory;
    private final Monitor monitor;
    private final boolean saveBestOnly;
    private double best;
    private int savedEpoch = -1;

    public ModelCheckpoint(Path directory, Monitor monitor, boolean saveBestOnly) {
        this.directory = directory;
        this.monitor = monitor;
        this.saveBestOnly = saveBestOnly;
    }

    /** Keeps the model with the best {@code val_loss} in {@code directory}. */
    public static ModelCheckpoint bestOnly(Path directory) {
        return new ModelCheckpoint(directory, new Monitor("val_loss", Monitor.Mode.AUTO, 0), true);
    }

    /** The epoch (0-based, within the last fit) of the last save, or -1. */
    public int savedEpoch() {
        return savedEpoch;
    }

    @Override
    public void onTrainBegin(SequentialModel model) {
        best = monitor.worst();
        savedEpoch = -1;
    }

    @Override
    public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
        if (saveBestOnly) {
            double current = monitor.valueIn(logs);
            if (!monitor.isImprovement(current, best)) {
                return;
            }
            best = current;
        }
        model.save(directory);
        savedEpoch = epoch;
    }
}
