package dev.lamina.dsl;

/** Whether a monitored quantity should fall or rise, as the {@code mode} of Keras's callbacks. */
public enum MonitorMode {
    /**
     * From the name, as Keras's {@code "auto"}: a quantity whose name ends in {@code loss} must
     * fall, any other ({@code accuracy}, {@code val_accuracy}) must rise.
     */
    AUTO,
    /** Lower is better. */
    MIN,
    /** Higher is better. */
    MAX
}
