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
    /** Keras {@code SGD(momentum=0.0)}; also {@code RMSprop(momentum=0.0)}. */
    public static final double SGD_MOMENTUM = 0.0;

    /** Keras {@code Adagrad(learning_rate=0.001)}. */
    public static final double ADAGRAD_LEARNING_RATE = 0.001;
    /** Keras {@code Adagrad(initial_accumulator_value=0.1)}: the starting sum of squared gradients. */
    public static final double ADAGRAD_INITIAL_ACCUMULATOR = 0.1;

    /** Keras {@code RMSprop(learning_rate=0.001)}. */
    public static final double RMSPROP_LEARNING_RATE = 0.001;
    /** Keras {@code RMSprop(rho=0.9)}. */
    public static final double RMSPROP_RHO = 0.9;

    /** Keras {@code Adam(learning_rate=0.001)}. */
    public static final double ADAM_LEARNING_RATE = 0.001;
    /** Keras {@code Adam(beta_1=0.9)}; also Nadam's, Adamax's and AdamW's. */
    public static final double ADAM_BETA1 = 0.9;
    /** Keras {@code Adam(beta_2=0.999)}; also Nadam's, Adamax's and AdamW's. */
    public static final double ADAM_BETA2 = 0.999;

    /** Keras {@code Nadam(learning_rate=0.001)}. */
    public static final double NADAM_LEARNING_RATE = 0.001;
    /** Keras {@code Adamax(learning_rate=0.001)}. */
    public static final double ADAMAX_LEARNING_RATE = 0.001;
    /** Keras {@code AdamW(learning_rate=0.001)}. */
    public static final double ADAMW_LEARNING_RATE = 0.001;
    /** Keras {@code AdamW(weight_decay=0.004)}: the decoupled decay {@code w -= lr * weightDecay * w}. */
    public static final double ADAMW_WEIGHT_DECAY = 0.004;

    /**
     * Keras's fuzz factor for every optimizer that has one ({@code epsilon=1e-7}: Adagrad, RMSprop,
     * Adam, Nadam, Adamax, AdamW). TensorFlow Java's differ (1e-8, 1e-10); Lamina's follow Keras.
     */
    public static final double EPSILON = 1e-7;

    /** Keras {@code LeakyReLU(negative_slope=0.3)}, the layer's default (the function's is 0.2). */
    public static final double LEAKY_RELU_SLOPE = 0.3;

    /** Keras {@code ELU(alpha=1.0)}. */
    public static final double ELU_ALPHA = 1.0;

    /** SELU's alpha (Klambauer et al., 2017), as in Keras. */
    public static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    /** SELU's scale (Klambauer et al., 2017), as in Keras. */
    public static final double SELU_SCALE = 1.0507009873554804934193349852946;

    /** Keras {@code Orthogonal(gain=1.0)}: the factor the orthogonal matrix is multiplied by. */
    public static final double ORTHOGONAL_GAIN = 1.0;

    /** Keras {@code VarianceScaling(scale=1.0)}. */
    public static final double VARIANCE_SCALING_SCALE = 1.0;

    /** Keras {@code BatchNormalization(momentum=0.99)}: the fraction of the moving statistics kept at each step. */
    public static final double BATCH_NORM_MOMENTUM = 0.99;
    /** Keras {@code BatchNormalization(epsilon=1e-3)}: added to the variance before its square root. */
    public static final double BATCH_NORM_EPSILON = 1e-3;

    /** RReLU's lowest training slope, {@code 1/8} (Xu et al., 2015; Deeplearning4j's default). */
    public static final double RRELU_LOWER = 1.0 / 8;
    /** RReLU's highest training slope, {@code 1/3} (Xu et al., 2015; Deeplearning4j's default). */
    public static final double RRELU_UPPER = 1.0 / 3;

    /** Keras {@code MaxNorm(max_value=2)}: the largest norm of each unit's incoming weights. */
    public static final double MAX_NORM = 2.0;

    /** Power scheduling's exponent {@code c}: 1, as in Geron's chapter and Keras's {@code InverseTimeDecay}. */
    public static final double POWER_DECAY_POWER = 1.0;

    /** Keras {@code CosineDecay(alpha=0.0)}: the final rate as a fraction of the initial one. */
    public static final double COSINE_ALPHA = 0.0;
    /** Keras {@code CosineDecay(warmup_steps=0)}: no warm-up. */
    public static final double COSINE_WARMUP_STEPS = 0;

    /** 1cycle's start rate is the max rate divided by this (Geron's {@code start_lr = max_lr / 10}). */
    public static final double ONE_CYCLE_START_DIVISOR = 10;
    /** 1cycle's last rate is the start rate divided by this (Geron's {@code last_lr = start_lr / 1000}). */
    public static final double ONE_CYCLE_LAST_DIVISOR = 1000;
    /** The fraction of 1cycle's steps spent on the final drop (Geron's {@code last_iterations = iterations // 10 + 1}). */
    public static final double ONE_CYCLE_LAST_FRACTION = 0.1;
    /** 1cycle's momentum at the start and the end, when it cycles momentum (Smith; PyTorch's {@code max_momentum}). */
    public static final double ONE_CYCLE_MAX_MOMENTUM = 0.95;
    /** 1cycle's momentum at the rate's peak, when it cycles momentum (Smith; PyTorch's {@code base_momentum}). */
    public static final double ONE_CYCLE_BASE_MOMENTUM = 0.85;

    /** Keras {@code ReduceLROnPlateau(monitor="val_loss")}. */
    public static final String PLATEAU_MONITOR = "val_loss";
    /** Keras {@code ReduceLROnPlateau(factor=0.1)}: the rate is multiplied by it on a plateau. */
    public static final double PLATEAU_FACTOR = 0.1;
    /** Keras {@code ReduceLROnPlateau(patience=10)}: epochs without improvement before the rate drops. */
    public static final int PLATEAU_PATIENCE = 10;
    /** Keras {@code ReduceLROnPlateau(min_delta=1e-4)}: the smallest change that counts as an improvement. */
    public static final double PLATEAU_MIN_DELTA = 1e-4;
    /** Keras {@code ReduceLROnPlateau(cooldown=0)}: epochs to wait after a drop before watching again. */
    public static final int PLATEAU_COOLDOWN = 0;
    /** Keras {@code ReduceLROnPlateau(min_lr=0)}: the rate never drops below it. */
    public static final double PLATEAU_MIN_RATE = 0.0;

    /** Keras {@code EarlyStopping(monitor="val_loss")}. */
    public static final String EARLY_STOPPING_MONITOR = "val_loss";
    /** Keras {@code EarlyStopping(min_delta=0)}: any improvement counts. */
    public static final double EARLY_STOPPING_MIN_DELTA = 0.0;
    /** Keras {@code EarlyStopping(patience=0)}: stop at the first epoch without improvement. */
    public static final int EARLY_STOPPING_PATIENCE = 0;
    /** Keras {@code EarlyStopping(start_from_epoch=0)}: watch from the first epoch. */
    public static final int EARLY_STOPPING_START_FROM_EPOCH = 0;

    /** Keras {@code fit(batch_size=32)}. */
    public static final int BATCH_SIZE = 32;
}
