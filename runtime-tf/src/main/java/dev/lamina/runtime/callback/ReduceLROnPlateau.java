package dev.lamina.runtime.callback;

import dev.lamina.runtime.train.SequentialModel;
import java.util.Map;

/**
 * Keras's {@code ReduceLROnPlateau(monitor, factor, patience, mode, min_delta, cooldown, min_lr)}:
 * multiplies the model's learning rate by {@code factor} when the monitored quantity has not
 * improved for {@code patience} epochs. After each epoch, exactly as Keras's {@code on_epoch_end}:
 * <pre>
 *   if in cooldown:  cooldown −= 1;  wait = 0
 *   if current improves on best (see {@link Monitor}):  best = current;  wait = 0
 *   else if not in cooldown:
 *       wait += 1
 *       if wait ≥ patience and rate &gt; minRate:
 *           rate = max(rate · factor, minRate);  cooldown = cooldown epochs;  wait = 0
 * </pre>
 * {@code onTrainBegin} resets best, wait and cooldown, as Keras's {@code on_train_begin}; the rate
 * itself is the model's ({@link SequentialModel#learningRate()}), so a reduced rate stays reduced
 * for the next {@code fit}, as it stays in a Keras optimizer. The comparison {@code rate > minRate}
 * is made in float, as Keras compares its float32 rate variable with {@code np.float32(min_lr)}.
 * The model must train at its own rate: a schedule sets every step's rate, and the model refuses
 * a change (Keras refuses the same).
 */
public final class ReduceLROnPlateau extends MonitorCallback {
    private final double factor;
    private final int patience;
    private final int cooldown;
    private final double minRate;

    private int wait;
    private int cooldownCounter;

    /**
     * @param monitor the quantity and its direction; Keras's default {@code val_loss}, mode auto,
     *     min_delta 1e-4
     * @param factor the factor the rate is multiplied by, in (0, 1); Keras's default 0.1 (the
     *     chapter uses 0.5)
     * @param patience the number of epochs without improvement before a reduction, ≥ 0; Keras's
     *     default 10 (the chapter uses 5)
     * @param cooldown the number of epochs after a reduction during which no epoch counts towards
     *     patience, ≥ 0; Keras's default 0
     * @param minRate the rate is never reduced below this, ≥ 0; Keras's default 0
     */
    public ReduceLROnPlateau(Monitor monitor, double factor, int patience, int cooldown, double minRate) {
        super(monitor);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("ReduceLROnPlateau: expected a factor in (0, 1). Received: factor=" + factor);
        }
        if (patience < 0 || cooldown < 0) {
            throw new IllegalArgumentException("ReduceLROnPlateau: expected patience >= 0 and cooldown >= 0. Received:"
                    + " patience=" + patience + ", cooldown=" + cooldown);
        }
        if (!(minRate >= 0) || Double.isInfinite(minRate)) {
            throw new IllegalArgumentException("ReduceLROnPlateau: expected minRate >= 0. Received: minRate=" + minRate);
        }
        this.factor = factor;
        this.patience = patience;
        this.cooldown = cooldown;
        this.minRate = minRate;
    }

    @Override
    public void onTrainBegin(SequentialModel model) {
        resetBest();
        wait = 0;
        cooldownCounter = 0;
    }

    @Override
    public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
        double current = current(logs);
        if (cooldownCounter > 0) {
            cooldownCounter--;
            wait = 0;
        }
        if (updateBest(current)) {
            wait = 0;
        } else if (cooldownCounter == 0) {
            wait++;
            double rate = model.learningRate();
            if (wait >= patience && (float) rate > (float) minRate) {
                model.setLearningRate(Math.max(rate * factor, minRate));
                cooldownCounter = cooldown;
                wait = 0;
            }
        }
    }

    /** The best value and the wait and cooldown counters; the rate itself is the model's, saved with it. */
    @Override
    public Map<String, Double> trainingState() {
        Map<String, Double> state = super.trainingState();
        state.put("wait", (double) wait);
        state.put("cooldownCounter", (double) cooldownCounter);
        return state;
    }

    @Override
    public void restoreTrainingState(Map<String, Double> state) {
        super.restoreTrainingState(state);
        wait = state.getOrDefault("wait", (double) wait).intValue();
        cooldownCounter = state.getOrDefault("cooldownCounter", (double) cooldownCounter).intValue();
    }
}
