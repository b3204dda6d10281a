package dev.lamina.runtime.layer;

import dev.lamina.dsl.Init;
import dev.lamina.runtime.init.Initializer;
import dev.lamina.runtime.regularize.Constraint;
import dev.lamina.runtime.regularize.Regularizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code PReLU} (He et al., 2015): a leaky ReLU whose negative slope is learned,
 * {@code y = relu(x) − α · relu(−x)}, the same in every mode.
 *
 * <p>{@code α} is the trainable variable {@code <name>/alpha}, initialized to zeros (so the layer
 * starts as a ReLU), with one slope per input element: shape {@code inputShape} (without the batch
 * dimension), except that each axis in {@code sharedAxes} has size 1, its slope shared along that
 * axis. Axes are numbered as in Keras: axis 1 is the first non-batch dimension. Keras's
 * {@code alpha_regularizer} and {@code alpha_constraint} are {@link #withAlphaRegularizer} and
 * {@link #withAlphaConstraint}, called before the model is built.
 */
public final class PReLU extends Layer {
    private final long[] inputShape;
    private final int[] sharedAxes;
    private final long[] alphaShape;
    private Regularizer alphaRegularizer;
    private Constraint alphaConstraint;
    private Weight alpha;

    /**
     * @param name the layer's name
     * @param inputShape the shape of one input example, without the batch dimension; every
     *     dimension positive
     * @param sharedAxes the axes (1 = the first non-batch one) along which one slope is shared;
     *     empty (or null, Keras's {@code None}) for one slope per element
     */
    public PReLU(String name, long[] inputShape, int[] sharedAxes) {
        super(name);
        if (inputShape == null || inputShape.length == 0 || Arrays.stream(inputShape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("PReLU '" + name + "': expected an input shape of positive dimensions"
                    + " (without the batch dimension). Received: inputShape=" + Arrays.toString(inputShape));
        }
        this.inputShape = inputShape.clone();
        this.sharedAxes = sharedAxes == null ? new int[0] : sharedAxes.clone();
        this.alphaShape = inputShape.clone();
        for (int axis : this.sharedAxes) {
            if (axis < 1 || axis > inputShape.length) {
                throw new IllegalArgumentException("PReLU '" + name + "': expected shared axes between 1 and " + inputShape.length
                        + " (axis 1 is the first non-batch dimension of " + Arrays.toString(inputShape)
                        + "). Received: sharedAxes=" + Arrays.toString(sharedAxes));
            }
            alphaShape[axis - 1] = 1;
        }
    }

    /** Adds {@code regularizer(alpha)} to the loss (Keras {@code alpha_regularizer}). */
    public PReLU withAlphaRegularizer(Regularizer regularizer) {
        requireNotBuilt("withAlphaRegularizer");
        alphaRegularizer = WeightHooks.required(this, "withAlphaRegularizer", regularizer);
        return this;
    }

    /** Projects {@code alpha} with {@code constraint} after every update (Keras {@code alpha_constraint}). */
    public PReLU withAlphaConstraint(Constraint constraint) {
        requireNotBuilt("withAlphaConstraint");
        alphaConstraint = WeightHooks.required(this, "withAlphaConstraint", constraint);
        return this;
    }

    /** The shape of one input example, without the batch dimension. */
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** The axes along which a slope is shared (1 = the first non-batch dimension). */
    public int[] sharedAxes() {
        return sharedAxes.clone();
    }

    /** The shape of {@code alpha}: the input shape with each shared axis set to 1. */
    public long[] alphaShape() {
        return alphaShape.clone();
    }

    /** The slopes, {@code <name>/alpha}; available once the model is built. */
    public Weight alpha() {
        if (alpha == null) {
            throw new IllegalStateException("PReLU '" + name() + "' is not built yet: create the model first");
        }
        return alpha;
    }

    @Override
    protected void createWeights(BuildContext context) {
        alpha = addWeight(context.create(name(), "alpha", Shape.of(alphaShape), Initializer.of(Init.ZEROS)));
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        // alpha (d1, …, dk) broadcasts against x (batch, d1, …, dk); a size-1 axis shares its slope.
        Operand<TFloat32> negativePart = tf.math.mul(tf.identity(alpha().variable()), tf.nn.relu(tf.math.neg(x)));
        return tf.math.sub(tf.nn.relu(x), negativePart);
    }

    @Override
    public Optional<Operand<TFloat32>> penalty(Ops tf) {
        return WeightHooks.penalty(tf, alpha, alphaRegularizer);
    }

    @Override
    public List<Op> constraints(Ops tf) {
        return WeightHooks.present(List.of(WeightHooks.constraint(tf, alpha, alphaConstraint)));
    }
}
