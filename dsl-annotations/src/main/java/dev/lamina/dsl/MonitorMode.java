package dev.lamina.dsl;

/**
 * Whether a monitored quantity should fall or rise, as the {@code mode} of Keras's callbacks. The
 * one place where {@link #AUTO} is decided: the runtime's callbacks and the code generator both
 * ask {@link #maximizes(String)}.
 */
public enum MonitorMode {
    /**
     * From the name, as Keras 3's {@code MonitorCallback}: a loss ({@code loss}, {@code val_loss})
     * must fall, a metric goes its own way ({@code accuracy}, {@code val_accuracy} must rise).
     */
    AUTO,
    /** Lower is better. */
    MIN,
    /** Higher is better. */
    MAX;

    /** The prefix of a quantity measured on the validation data. */
    private static final String VALIDATION_PREFIX = "val_";

    /**
     * Whether a larger value of {@code monitor} is an improvement. In {@link #AUTO} mode a name
     * that is neither a loss nor a {@link Metric} (with or without {@code val_}) has no known
     * direction, and this fails naming the fix, as Keras 3 does.
     *
     * @throws IllegalArgumentException in {@code AUTO} mode, for a name with no known direction
     */
    public boolean maximizes(String monitor) {
        return switch (this) {
            case MIN -> false;
            case MAX -> true;
            case AUTO -> autoMaximizes(monitor);
        };
    }

    private static boolean autoMaximizes(String monitor) {
        String name = monitor.startsWith(VALIDATION_PREFIX) ? monitor.substring(VALIDATION_PREFIX.length()) : monitor;
        if (name.endsWith("loss")) {
            return false;
        }
        for (Metric metric : Metric.values()) {
            if (metric.logName().equals(name)) {
                return metric.higherIsBetter();
            }
        }
        throw new IllegalArgumentException("Mode AUTO cannot tell whether '" + monitor + "' should fall or rise: it is"
                + " neither a loss nor a metric. Received: monitor=\"" + monitor + "\". Set the mode to MIN or MAX.");
    }
}
