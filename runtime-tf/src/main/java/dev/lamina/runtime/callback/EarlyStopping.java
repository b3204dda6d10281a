package dev.lamina.runtime.callback;

import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.SequentialModel;
import dev.lamina.runtime.train.WeightSnapshot;
import java.util.Map;

/**
 * Stops training when a monitored quantity has stopped improving, as Keras's
 * {@code EarlyStopping} (defaults: monitor {@code val_loss}, min_delta 0, patience 0, mode auto,
 * no baseline, no restore, start_from_epoch 0).
 *
 * <p>At the end of each epoch from {@code startFromEpoch} on: {@code wait} grows by one; an
 * improvement on the best value resets it (if it also beats the baseline, when one is set) and,
 * with restore on, remembers the weights; otherwise, once {@code wait >= patience} (and after the
 * first epoch), training stops. With restore on, the best weights are put back when training
 * ends, whether or not it stopped early (Keras 3).
 *
 * <pre>{@code Fit.epochs(100).callbacks(EarlyStopping.patience(10).restoreBestWeights())}</pre>
 */
public final class EarlyStopping extends MonitorCallback {
    private final int patience;
    private final Double baseline;
    private final boolean restoreBestWeights;
    private final int startFromEpoch;

    private int wait;
    private int bestEpoch;
    private int stoppedEpoch = -1;
    private WeightSnapshot bestWeights;

    public EarlyStopping(Monitor monitor, int patience, Double baseline, boolean restoreBestWeights, int startFromEpoch) {
        super(monitor);
        if (patience < 0 || startFromEpoch < 0) {
            throw new IllegalArgumentException("EarlyStopping: expected patience and startFromEpoch >= 0. Received: patience="
                    + patience + ", startFromEpoch=" + startFromEpoch);
        }
        this.patience = patience;
        this.baseline = baseline;
        this.restoreBestWeights = restoreBestWeights;
        this.startFromEpoch = startFromEpoch;
    }

    /** Monitors {@code val_loss} with the given patience and every other option at Keras's default. */
    public static EarlyStopping patience(int patience) {
        return new EarlyStopping(Monitor.of("val_loss"), patience, null, false, 0);
    }

    /** The same, restoring the best epoch's weights when training ends. */
    public EarlyStopping restoreBestWeights() {
        return new EarlyStopping(monitor(), patience, baseline, true, startFromEpoch);
    }

    /** The same, watching another quantity. */
    public EarlyStopping monitor(Monitor monitor) {
        return new EarlyStopping(monitor, patience, baseline, restoreBestWeights, startFromEpoch);
    }

    /** The epoch (0-based) at which training was stopped, or -1 if it ran to the end. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** The epoch (0-based) with the best monitored value. */
    public int bestEpoch() {
        return bestEpoch;
    }

    @Override
    public void onTrainBegin(SequentialModel model) {
        wait = 0;
        stoppedEpoch = -1;
        bestWeights = null;
        bestEpoch = 0;
        resetBest();
    }

    @Override
    public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
        if (epoch < startFromEpoch) {
            return;
        }
        double current = current(logs);
        if (restoreBestWeights && bestWeights == null) {
            bestWeights = model.weights();
            bestEpoch = epoch;
        }
        wait++;
        if (updateBest(current)) {
            bestEpoch = epoch;
            if (restoreBestWeights) {
                bestWeights = model.weights();
            }
            if (baseline == null || monitor().isImprovement(current, baseline)) {
                wait = 0;
            }
            return;
        }
        if (wait >= patience && epoch > 0) {
            stoppedEpoch = epoch;
            model.stopTraining();
        }
    }

    /** The best value, the wait counter and the epochs of the best value and of the stop. */
    @Override
    public Map<String, Double> trainingState() {
        Map<String, Double> state = super.trainingState();
        state.put("wait", (double) wait);
        state.put("bestEpoch", (double) bestEpoch);
        state.put("stoppedEpoch", (double) stoppedEpoch);
        return state;
    }

    @Override
    public void restoreTrainingState(Map<String, Double> state) {
        super.restoreTrainingState(state);
        wait = state.getOrDefault("wait", (double) wait).intValue();
        bestEpoch = state.getOrDefault("bestEpoch", (double) bestEpoch).intValue();
        stoppedEpoch = state.getOrDefault("stoppedEpoch", (double) stoppedEpoch).intValue();
    }

    /** The best weights, when restore is on and an epoch has been seen. */
    @Override
    public Map<String, float[]> trainingArrays() {
        return bestWeights == null ? Map.of() : bestWeights.asMap();
    }

    @Override
    public void restoreTrainingArrays(Map<String, float[]> arrays) {
        if (!arrays.isEmpty()) {
            bestWeights = WeightSnapshot.of(arrays);
        }
    }

    @Override
    public void onTrainEnd(SequentialModel model, History history) {
        if (restoreBestWeights && bestWeights != null) {
            model.setWeights(bestWeights);
        }
    }
}
