package dev.lamina.dsl;

/**
 * Every default of the DSL, written once. Annotation attributes, the processor and the runtime
 * all read their defaults from here, so Javadoc ({@code {@value}}), generated code and behaviour
 * cannot drift apart. Values follow Keras (TF 2.x) unless a constant says otherwise.
 */
public final class Defaults {
    private Defaults() {}

    /** Marks a floating-point attribute the user did not set; the processor resolves it. */
    public static final double UNSET = Double.NaN;

    /** Seed of every random initializer and random op of a model, when {@code @Model} gives none. */
    public static final long SEED = 42L;

    /** Keras {@code SGD(learning_rate=0.01)}. */
    public static final double SGD_LEARNING_RATE = 0.01;
    /** Keras {@code SGD(momentum=0.0)}. */
    public static final double SGD_MOMENTUM = 0.0;

    /** Keras {@code RMSprop(learning_rate=0.001)}. */
    public static final double RMSPROP_LEARNING_RATE = 0.001;
    /** Keras {@code RMSprop(rho=0.9)}. */
    public static final double RMSPROP_RHO = 0.9;

    /** Keras {@code Adam(learning_rate=0.001)}. */
    public static final double ADAM_LEARNING_RATE = 0.001;
    /** Keras {@code Adam(beta_1=0.9)}. */
    public static final double ADAM_BETA1 = 0.9;
    /** Keras {@code Adam(beta_2=0.999)}. */
    public static final double ADAM_BETA2 = 0.999;

    /** Keras's fuzz factor for every optimizer ({@code epsilon=1e-7}). */
    public static final double EPSILON = 1e-7;

    /** Keras {@code LeakyReLU(negative_slope=0.3)}, the layer's default (the function's is 0.2). */
    public static final double LEAKY_RELU_SLOPE = 0.3;

    /** Keras {@code ELU(alpha=1.0)}. */
    public static final double ELU_ALPHA = 1.0;

    /** SELU's alpha (Klambauer et al., 2017), as in Keras. */
    public static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    /** SELU's scale (Klambauer et al., 2017), as in Keras. */
    public static final double SELU_SCALE = 1.0507009873554804934193349852946;

    /** Keras {@code fit(batch_size=32)}. */
    public static final int BATCH_SIZE = 32;
}
