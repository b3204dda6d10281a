package dev.lamina.runtime.schedule;

import java.util.Map;
import java.util.Objects;

/**
 * Keras's {@code ReduceLROnPlateau(monitor, factor, patience, mode, min_delta, cooldown, min_lr)}
 * callback as a schedule: the rate starts at the {@code initialRate} given to {@link #start} and is
 * multiplied by {@code factor} when the monitored quantity has not improved for {@code patience}
 * epochs. After each epoch, exactly as Keras's {@code on_epoch_end}:
 * <pre>
 *   if in cooldown:  cooldown −= 1;  wait = 0
 *   if current improves on best:  best = current;  wait = 0
 *       (minimize: current &lt; best − minDelta;  maximize: current &gt; best + minDelta)
 *   else if not in cooldown:
 *       wait += 1
 *       if wait ≥ patience and rate &gt; minRate:
 *           rate = max(rate · factor, minRate);  cooldown = cooldown epochs;  wait = 0
 * </pre>
 * {@link #start} resets best, wait and cooldown, as Keras's {@code on_train_begin}. The comparison
 * {@code rate > minRate} is made in float, as Keras compares its float32 rate variable with
 * {@code np.float32(min_lr)}. Keras only warns when the monitored quantity is missing and then
 * never acts; here it is an error.
 */
public final class ReduceOnPlateau implements LearningRateSchedule {
    private final String monitor;
    private final double factor;
    private final int patience;
    private final double minDelta;
    private final int cooldown;
    private final double minRate;
    private final boolean maximize;

    private double rate = Double.NaN;
    private double best;
    private int wait;
    private int cooldownCounter;

    /**
     * @param monitor the name of the quantity in the epoch logs; Keras default {@code val_loss}
     * @param factor the factor the rate is multiplied by, in (0, 1); Keras default 0.1 (the chapter
     *     uses 0.5)
     * @param patience the number of epochs without improvement before a reduction, ≥ 0; Keras
     *     default 10 (the chapter uses 5)
     * @param minDelta the least change that counts as an improvement, ≥ 0; Keras default 1e-4
     * @param cooldown the number of epochs after a reduction during which no epoch counts towards
     *     patience, ≥ 0; Keras default 0
     * @param minRate the rate is never reduced below this, ≥ 0; Keras default 0
     * @param maximize whether larger values are improvements (Keras's mode "max"; "auto" maximizes
     *     names containing "acc"); false for a loss
     */
    public ReduceOnPlateau(String monitor, double factor, int patience, double minDelta, int cooldown, double minRate,
            boolean maximize) {
        Objects.requireNonNull(monitor, "monitor");
        if (monitor.isBlank()) {
            throw new IllegalArgumentException("ReduceOnPlateau: expected the name of a monitored quantity. Received: \""
                    + monitor + "\"");
        }
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("ReduceOnPlateau: expected a factor in (0, 1). Received: factor=" + factor);
        }
        if (patience < 0 || cooldown < 0) {
            throw new IllegalArgumentException("ReduceOnPlateau: expected patience >= 0 and cooldown >= 0. Received: patience="
                    + patience + ", cooldown=" + cooldown);
        }
        this.monitor = monitor;
        this.factor = factor;
        this.patience = patience;
        this.minDelta = Require.nonNegative("ReduceOnPlateau", "minDelta", minDelta);
        this.cooldown = cooldown;
        this.minRate = Require.nonNegative("ReduceOnPlateau", "minRate", minRate);
        this.maximize = maximize;
        reset();
    }

    @Override
    public void start(int epochs, int stepsPerEpoch, double initialRate) {
        if (!(initialRate > 0) || Double.isInfinite(initialRate)) {
            throw new IllegalArgumentException("ReduceOnPlateau: expected a positive initial rate. Received: " + initialRate);
        }
        rate = initialRate;
        reset();
    }

    private void reset() {
        best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        wait = 0;
        cooldownCounter = 0;
    }

    @Override
    public double rate(long step, int epoch) {
        return currentRate();
    }

    /** The rate now: the initial rate, reduced by every plateau so far. */
    public double currentRate() {
        if (Double.isNaN(rate)) {
            throw new IllegalStateException("ReduceOnPlateau: expected start() before the rate is read. Received: no start()");
        }
        return rate;
    }

    @Override
    public void epochEnded(int epoch, Map<String, Double> logs) {
        Double current = logs.get(monitor);
        if (current == null) {
            throw new IllegalStateException("ReduceOnPlateau: expected '" + monitor + "' in the epoch logs. Received: "
                    + logs.keySet() + (monitor.startsWith("val_") ? " (is there validation data?)" : ""));
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            wait = 0;
        }
        if (improves(current)) {
            best = current;
            wait = 0;
        } else if (cooldownCounter == 0) {
            wait++;
            if (wait >= patience && (float) currentRate() > (float) minRate) {
                rate = Math.max(rate * factor, minRate);
                cooldownCounter = cooldown;
                wait = 0;
            }
        }
    }

    private boolean improves(double current) {
        return maximize ? current > best + minDelta : current < best - minDelta;
    }
}
