package dev.lamina.dsl;

/**
 * The activation a layer applies to its output. Each constant names the Keras function it
 * matches.
 */
public enum Activation {
    /** {@code f(x) = x} (Keras {@code None} / {@code "linear"}); the {@link Dense} default. */
    LINEAR,
    /** {@code 1 / (1 + exp(-x))}. */
    SIGMOID,
    /** {@code tanh(x)}. */
    TANH,
    /** {@code exp(x_i) / sum_j exp(x_j)} over the last axis. */
    SOFTMAX,
    /** {@code max(0, x)}. */
    RELU,
    /** {@code x} if {@code x > 0}, else {@code slope * x}, slope {@value Defaults#LEAKY_RELU_SLOPE} (the Keras layer's default). */
    LEAKY_RELU,
    /** {@code x} if {@code x > 0}, else {@code alpha * (exp(x) - 1)}, alpha {@value Defaults#ELU_ALPHA}. */
    ELU,
    /** {@code scale * elu(x, alpha)} with the self-normalizing constants of {@link Defaults#SELU_ALPHA} and {@link Defaults#SELU_SCALE}. */
    SELU,
    /** {@code 0.5 * x * (1 + erf(x / sqrt(2)))}, the exact form (Keras {@code approximate=False}). */
    GELU,
    /** {@code x * sigmoid(x)} (also called SiLU). */
    SWISH
}
