package dev.lamina.dsl;

/**
 * Which fan a {@link VarianceScaling} initializer divides its scale by, as Keras's {@code mode}.
 * For a Dense kernel of shape {@code (in, out)}: {@code fan_in = in}, {@code fan_out = out}.
 */
public enum FanMode {
    /** {@code n = fan_in}: keeps the variance of the forward signal (Keras {@code "fan_in"}). */
    FAN_IN,
    /** {@code n = fan_out}: keeps the variance of the gradients (Keras {@code "fan_out"}). */
    FAN_OUT,
    /** {@code n = (fan_in + fan_out) / 2}: the compromise Glorot and Bengio proposed (Keras {@code "fan_avg"}). */
    FAN_AVG
}
