package dev.lamina.dsl;

/**
 * Which weight of a layer a regularizer ({@link L1}, {@link L2}, {@link L1L2}) or a constraint
 * ({@link MaxNorm}, {@link UnitNorm}, {@link NonNeg}) applies to.
 */
public enum WeightTarget {
    /** A {@link Dense} layer's kernel (Keras {@code kernel_regularizer}, {@code kernel_constraint}). */
    KERNEL,
    /** A {@link Dense} layer's bias, which it has unless {@code useBias = false} (Keras {@code bias_regularizer}). */
    BIAS,
    /** A {@link PReLU} layer's learned slope (Keras {@code alpha_regularizer}, {@code alpha_constraint}). */
    ALPHA
}
