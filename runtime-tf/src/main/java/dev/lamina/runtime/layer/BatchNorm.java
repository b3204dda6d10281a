package dev.lamina.runtime.layer;

import dev.lamina.dsl.Init;
import dev.lamina.runtime.init.Initializer;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Keras's {@code BatchNormalization} over the last axis (Ioffe and Szegedy, 2015): each of the
 * {@code features} channels is normalized, then scaled and shifted by learned parameters,
 * {@code y = γ · (x − μ) / sqrt(σ² + ε) + β}.
 *
 * <p>Variables: {@code <name>/gamma} (ones, trainable, only with {@code scale}), {@code
 * <name>/beta} (zeros, trainable, only with {@code center}), and the non-trainable state {@code
 * <name>/moving_mean} (zeros) and {@code <name>/moving_variance} (ones).
 *
 * <ul>
 *   <li>{@link Mode#TRAINING}: {@code μ}, {@code σ²} are the batch mean and the <em>biased</em>
 *       batch variance over every axis but the last (Keras's {@code ops.moments}); the step also
 *       runs {@code moving = moving · momentum + batch · (1 − momentum)} for both statistics
 *       (registered as state updates, see {@link Layer#takeStateUpdates}). Gradients flow through the
 *       batch statistics, as in Keras.
 *   <li>{@link Mode#INFERENCE} and {@link Mode#MC_SAMPLING}: {@code μ}, {@code σ²} are the moving
 *       statistics, nothing is updated. (Monte Carlo sampling varies the dropout-family layers
 *       only; normalizing with a prediction batch's statistics would make each prediction depend
 *       on the rest of its batch.)
 * </ul>
 *
 * Keras's defaults: momentum 0.99, epsilon 1e-3, center and scale on.
 *
 * <p>Built from elementary ops rather than TensorFlow's fused kernel: they work for inputs of any
 * rank (the fused kernel wants 4-D NHWC), give the biased variance Keras's moving average uses
 * directly (the fused kernel's {@code batch_variance} output is the unbiased one), and each has a
 * gradient in TensorFlow Java. They are also faster at the chapter's sizes (the measurement is on
 * docs/performance.md).
 *
 * <p>The DSL's defaults are {@code dev.lamina.dsl.Defaults.BATCH_NORM_MOMENTUM} and {@code
 * BATCH_NORM_EPSILON}.
 */
public final class BatchNorm extends Layer {
    private final int features;
    private final double momentum;
    private final double epsilon;
    private final boolean center;
    private final boolean scale;
    private Weight gamma;
    private Weight beta;
    private Weight movingMean;
    private Weight movingVariance;

    /**
     * @param name the layer's name
     * @param features the size of the input's last dimension, the number of channels normalized
     * @param momentum the weight of the old value in the moving averages, in {@code [0, 1]}
     * @param epsilon added to the variance before the square root; positive
     * @param center whether the learned offset {@code β} is added
     * @param scale whether the learned factor {@code γ} is applied (unneeded before a ReLU or a
     *     linear layer, which can absorb it)
     */
    public BatchNorm(String name, int features, double momentum, double epsilon, boolean center, boolean scale) {
        super(name);
        if (features < 1) {
            throw new IllegalArgumentException("BatchNorm '" + name + "': expected a positive feature count. Received: features="
                    + features);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNorm '" + name + "': expected a momentum in [0, 1]. Received: momentum="
                    + momentum);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("BatchNorm '" + name + "': expected a finite, positive epsilon. Received: epsilon="
                    + epsilon);
        }
        this.features = features;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.center = center;
        this.scale = scale;
    }

    public int features() {
        return features;
    }

    public double momentum() {
        return momentum;
    }

    public double epsilon() {
        return epsilon;
    }

    public boolean center() {
        return center;
    }

    public boolean scale() {
        return scale;
    }

    /** The learned scale {@code γ}, {@code <name>/gamma}; exists only with {@code scale}. */
    public Weight gamma() {
        if (!scale) {
            throw new IllegalStateException("BatchNorm '" + name() + "' has no gamma: it was declared with scale = false");
        }
        return requireBuilt(gamma);
    }

    /** The learned offset {@code β}, {@code <name>/beta}; exists only with {@code center}. */
    public Weight beta() {
        if (!center) {
            throw new IllegalStateException("BatchNorm '" + name() + "' has no beta: it was declared with center = false");
        }
        return requireBuilt(beta);
    }

    /** The moving mean used outside training, {@code <name>/moving_mean}. */
    public Weight movingMean() {
        return requireBuilt(movingMean);
    }

    /** The moving (biased) variance used outside training, {@code <name>/moving_variance}. */
    public Weight movingVariance() {
        return requireBuilt(movingVariance);
    }

    @Override
    protected void createWeights(BuildContext context) {
        Shape shape = Shape.of(features);
        if (scale) {
            gamma = addWeight(context.create(name(), "gamma", shape, Initializer.of(Init.ONES)));
        }
        if (center) {
            beta = addWeight(context.create(name(), "beta", shape, Initializer.of(Init.ZEROS)));
        }
        movingMean = addWeight(context.createState(name(), "moving_mean", shape, Initializer.of(Init.ZEROS)));
        movingVariance = addWeight(context.createState(name(), "moving_variance", shape, Initializer.of(Init.ONES)));
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        checkLastDimension(x);
        Operand<TFloat32> mean;
        Operand<TFloat32> variance;
        // A frozen layer runs in inference mode even in a training step (Keras, TF >= 2.0).
        if (mode == Mode.TRAINING && !isFrozen()) {
            // Every axis but the last, whatever the rank: fold them into one, then reduce it.
            Operand<TFloat32> rows = tf.reshape(x, tf.constant(new int[] {-1, features}));
            Operand<TInt32> batchAxis = tf.constant(0);
            mean = tf.math.mean(rows, batchAxis);
            // As TensorFlow's nn.moments (Keras's ops.moments): the mean is a constant inside the
            // variance. The gradient is unchanged, since ∂σ²/∂μ = −2·mean(x − μ) = 0, but the
            // backward pass skips a batch-sized product and reduction for it.
            variance = tf.math.mean(tf.math.squaredDifference(rows, tf.stopGradient(mean)), batchAxis);
            addStateUpdate(movingMean, movingAverage(tf, movingMean, mean));
            addStateUpdate(movingVariance, movingAverage(tf, movingVariance, variance));
        } else {
            mean = tf.identity(movingMean().variable());
            variance = tf.identity(movingVariance().variable());
        }
        // Keras's ops.batch_normalization: y = x · inv + (β − μ · inv), inv = γ / sqrt(σ² + ε).
        Operand<TFloat32> inv = tf.math.rsqrt(tf.math.add(variance, tf.constant((float) epsilon)));
        if (scale) {
            inv = tf.math.mul(inv, tf.identity(gamma.variable()));
        }
        Operand<TFloat32> shift = tf.math.neg(tf.math.mul(mean, inv));
        if (center) {
            shift = tf.math.add(shift, tf.identity(beta.variable()));
        }
        return tf.math.add(tf.math.mul(x, inv), shift);
    }

    /** {@code moving · momentum + batch · (1 − momentum)}. */
    private Operand<TFloat32> movingAverage(Ops tf, Weight moving, Operand<TFloat32> batch) {
        return tf.math.add(tf.math.mul(tf.identity(moving.variable()), tf.constant((float) momentum)),
                tf.math.mul(batch, tf.constant((float) (1 - momentum))));
    }

    private void checkLastDimension(Operand<TFloat32> x) {
        Shape shape = x.shape();
        if (shape.isUnknown()) {
            return;
        }
        long last = shape.numDimensions() == 0 ? 1 : shape.size(shape.numDimensions() - 1);
        if (last != Shape.UNKNOWN_SIZE && last != features) {
            throw new IllegalArgumentException("BatchNorm '" + name() + "': expected inputs whose last dimension is " + features
                    + ". Received: shape " + shape);
        }
    }

    private Weight requireBuilt(Weight weight) {
        if (weight == null) {
            throw new IllegalStateException("BatchNorm '" + name() + "' is not built yet: create the model first");
        }
        return weight;
    }
}
