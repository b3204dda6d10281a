package dev.lamina.runtime.train;

import java.util.Map;

/**
 * A quantity a callback watches in the epoch logs, and what counts as an improvement of it
 * (Keras's {@code MonitorCallback}): in "auto" mode, names ending in {@code loss} are minimized
 * and the others ({@code accuracy}, …) maximized; an improvement must beat the reference by more
 * than {@code |minDelta|}.
 */
public record Monitor(String name, Mode mode, double minDelta) {
    /** Whether the quantity should fall or rise. */
    public enum Mode {
        AUTO, MIN, MAX
    }

    public Monitor {
        minDelta = Math.abs(minDelta);
    }

    /** Whether a larger value is better (resolving AUTO from the name). */
    public boolean maximize() {
        return switch (mode) {
            case MIN -> false;
            case MAX -> true;
            case AUTO -> !name.endsWith("loss");
        };
    }

    /** The worst possible value, the starting best. */
    public double worst() {
        return maximize() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** {@code current − minDelta > reference} when maximizing, {@code current + minDelta < reference} otherwise. */
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
