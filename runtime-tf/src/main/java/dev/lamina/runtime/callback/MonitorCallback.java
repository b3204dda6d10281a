package dev.lamina.runtime.callback;

import dev.lamina.runtime.train.Callback;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The shared part of the callbacks that watch one quantity (Keras's {@code MonitorCallback}, under
 * {@link EarlyStopping}, {@link ModelCheckpoint} and {@link ReduceLROnPlateau}): the
 * {@link Monitor} and the best value seen since {@link #resetBest()}.
 */
public abstract class MonitorCallback implements Callback {
    private final Monitor monitor;
    private double best;

    protected MonitorCallback(Monitor monitor) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        best = monitor.worst();
    }

    /** What this callback watches. */
    public final Monitor monitor() {
        return monitor;
    }

    /** The best value seen since the last {@link #resetBest()}; the monitor's worst value before any. */
    public final double best() {
        return best;
    }

    /** Forgets the best value: what {@code onTrainBegin} does. */
    protected final void resetBest() {
        best = monitor.worst();
    }

    /** The monitored value in the epoch's {@code logs}; fails naming the logs when it is missing. */
    protected final double current(Map<String, Double> logs) {
        return monitor.valueIn(logs);
    }

    /** The best value: what every monitoring callback resumes with. Subclasses add their counters. */
    @Override
    public Map<String, Double> trainingState() {
        Map<String, Double> state = new LinkedHashMap<>();
        state.put("best", best);
        return state;
    }

    @Override
    public void restoreTrainingState(Map<String, Double> state) {
        best = state.getOrDefault("best", best);
    }

    /** Whether {@code current} improves on the best value; if so, it becomes the best. */
    protected final boolean updateBest(double current) {
        if (!monitor.isImprovement(current, best)) {
            return false;
        }
        best = current;
        return true;
    }
}
