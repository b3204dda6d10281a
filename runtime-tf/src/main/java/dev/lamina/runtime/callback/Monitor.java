package dev.lamina.runtime.callback;

import dev.lamina.dsl.MonitorMode;
import java.util.Map;
import java.util.Objects;

/**
 * A quantity a callback watches in the epoch logs, and what counts as an improvement of it, as
 * Keras's {@code MonitorCallback}: the direction comes from {@code mode} ({@link MonitorMode#AUTO}
 * decides from the name, see {@link MonitorMode#maximizes}), and an improvement must beat the
 * reference by more than {@code |minDelta|}:
 * <pre>
 *   maximize:  current − minDelta &gt; reference
 *   minimize:  current + minDelta &lt; reference
 * </pre>
 * The direction is resolved when the monitor is made, so a name {@code AUTO} cannot place fails
 * before training, not after the first epoch.
 *
 * @param name the quantity's name in the epoch logs: {@code val_loss}, {@code accuracy}, …
 * @param mode whether it should fall or rise
 * @param minDelta the least change that counts as an improvement (its sign is ignored)
 */
public record Monitor(String name, MonitorMode mode, double minDelta) {

    public Monitor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Monitor: expected the name of a quantity in the epoch logs. Received: \""
                    + name + "\"");
        }
        if (Double.isNaN(minDelta)) {
            throw new IllegalArgumentException("Monitor: expected a number for minDelta. Received: NaN");
        }
        minDelta = Math.abs(minDelta);
        mode.maximizes(name); // fails now for a name AUTO cannot place
    }

    /** Watches {@code name} in mode AUTO with no minimum change: Keras's defaults. */
    public static Monitor of(String name) {
        return new Monitor(name, MonitorMode.AUTO, 0);
    }

    /** Whether a larger value is better. */
    public boolean maximize() {
        return mode.maximizes(name);
    }

    /** The worst possible value: what the best value starts at. */
    public double worst() {
        return maximize() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Whether {@code current} improves on {@code reference} by more than {@code minDelta}. */
    public boolean isImprovement(double current, double reference) {
        return maximize() ? current - minDelta > reference : current + minDelta < reference;
    }

    /**
     * The monitored value in {@code logs}. Keras only warns when it is missing and the callback
     * then does nothing; here it is an error, since a callback that silently never acts is a
     * training run lost.
     */
    public double valueIn(Map<String, Double> logs) {
        Double value = logs.get(name);
        if (value == null) {
            throw new IllegalStateException("Monitored quantity '" + name + "' is not in the epoch logs " + logs.keySet()
                    + (name.startsWith("val_") ? "; pass validation data to fit" : ""));
        }
        return value;
    }
}
