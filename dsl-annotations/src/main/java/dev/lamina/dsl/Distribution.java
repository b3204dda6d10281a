package dev.lamina.dsl;

/** What a {@link VarianceScaling} initializer samples from, as Keras's {@code distribution}; variance {@code scale / n}. */
public enum Distribution {
    /**
     * A normal re-drawn beyond two standard deviations, its standard deviation divided by
     * 0.87962566103423978 so that the samples' variance is exactly {@code scale / n} (Keras
     * {@code "truncated_normal"}, also what Keras's {@code "normal"} means).
     */
    TRUNCATED_NORMAL,
    /** A plain normal with standard deviation {@code sqrt(scale / n)} (Keras {@code "untruncated_normal"}). */
    UNTRUNCATED_NORMAL,
    /** Uniform on {@code [-limit, limit)} with {@code limit = sqrt(3 * scale / n)} (Keras {@code "uniform"}). */
    UNIFORM
}
