package dev.lamina.runtime.init;

/** Which fan a {@link VarianceScaling} initializer divides its scale by. */
public enum FanMode {
    FAN_IN,
    FAN_OUT,
    /** {@code (fan_in + fan_out) / 2}. */
    FAN_AVG
}
