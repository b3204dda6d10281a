package dev.lamina.runtime.init;

/** The distribution a {@link VarianceScaling} initializer samples from. */
public enum Distribution {
    /** Normal, re-drawn beyond two standard deviations, standard deviation corrected for the cut. */
    TRUNCATED_NORMAL,
    /** A plain normal distribution. */
    UNTRUNCATED_NORMAL,
    /** Uniform on {@code [-limit, limit)}. */
    UNIFORM
}
