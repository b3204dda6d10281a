package dev.lamina.dsl;

/**
 * How a layer's kernel is initialized, with Keras semantics. Normal variants draw from a
 * truncated normal (re-drawn beyond two standard deviations) whose standard deviation is divided
 * by 0.87962566103423978 so that the resulting variance is exactly {@code scale / n}. Uniform
 * variants draw from {@code [-limit, limit)} with {@code limit = sqrt(3 * scale / n)}.
 * For a Dense kernel of shape {@code (in, out)}: {@code fan_in = in}, {@code fan_out = out}.
 */
public enum Init {
    /** Variance {@code 2 / (fan_in + fan_out)}, uniform: limit {@code sqrt(6 / (fan_in + fan_out))}. The Keras default. */
    GLOROT_UNIFORM,
    /** Variance {@code 2 / (fan_in + fan_out)}, truncated normal. */
    GLOROT_NORMAL,
    /** Variance {@code 2 / fan_in}, truncated normal (He et al., 2015). */
    HE_NORMAL,
    /** Variance {@code 2 / fan_in}, uniform: limit {@code sqrt(6 / fan_in)}. */
    HE_UNIFORM,
    /** Variance {@code 1 / fan_in}, truncated normal; the initializer SELU needs. */
    LECUN_NORMAL,
    /** Variance {@code 1 / fan_in}, uniform: limit {@code sqrt(3 / fan_in)}. */
    LECUN_UNIFORM,
    /** All zeros. */
    ZEROS,
    /** All ones. */
    ONES,
    /**
     * A random orthogonal matrix (Saxe et al., 2014; Keras {@code Orthogonal(gain=1.0)}): the Q of
     * a QR decomposition of a normal matrix, sign-corrected, times gain {@value Defaults#ORTHOGONAL_GAIN}.
     * For a kernel only: it needs a matrix, so a bias cannot use it.
     */
    ORTHOGONAL,
    /** Short form of {@link #GLOROT_UNIFORM}. */
    GLOROT,
    /** Short form of {@link #HE_NORMAL}, as in Keras's {@code kernel_initializer="he_normal"}. */
    HE,
    /** Short form of {@link #LECUN_NORMAL}. */
    LECUN;

    /** The long form this constant stands for: {@code HE} is {@code HE_NORMAL}, and so on. */
    public Init canonical() {
        return switch (this) {
            case GLOROT -> GLOROT_UNIFORM;
            case HE -> HE_NORMAL;
            case LECUN -> LECUN_NORMAL;
            default -> this;
        };
    }
}
