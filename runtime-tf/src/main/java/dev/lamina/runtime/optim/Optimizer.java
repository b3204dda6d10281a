package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.PlaceholderWithDefault;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt64;

/**
 * An optimizer with Keras's update rule, built from graph ops. Unlike TensorFlow Java's framework
 * optimizers, the learning rate is a graph input (so a schedule can change it at every step
 * without rebuilding anything), the step counter is a graph variable (so it is saved with the
 * model), and the list of variables to train is explicit.
 *
 * <p>One step, as Keras's {@code apply_gradients} orders it: the gradients, then their
 * {@linkplain #withClipping clipping}, then the decoupled weight decay (AdamW), then each
 * weight's update, then the step counter. Every optimizer state variable (moments,
 * accumulators, Nadam's running product) is created through
 * {@link BuildContext#createState}, under {@code optimizer/}, so it is saved with the model.
 *
 * <p>This class is the frame of a step; the update rules are the {@code StepOptimizer}s of this package.
 */
public abstract class Optimizer {
    private final double learningRate;
    private GradientClipping clipping = GradientClipping.none();
    private boolean built;
    private boolean cyclesMomentum;
    private PlaceholderWithDefault<TFloat64> momentumInput;

    Optimizer(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(getClass().getSimpleName()
                    + ": expected a positive learning rate. Received: learningRate=" + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** The learning rate the optimizer was declared with; what is fed each step unless a schedule says otherwise. */
    public final double learningRate() {
        return learningRate;
    }

    /**
     * Clips the gradients before every update (Keras's {@code clipvalue}, {@code clipnorm} or
     * {@code global_clipnorm}). Set it before the model is built:
     * {@code new Adam(0.001, 0.9, 0.999, 1.0E-7, false).withClipping(GradientClipping.value(1.0))}.
     *
     * @return this optimizer
     * @throws IllegalStateException if the optimizer's step is already in a graph
     */
    public final Optimizer withClipping(GradientClipping clipping) {
        Objects.requireNonNull(clipping, "clipping");
        if (built) {
            throw new IllegalStateException(getClass().getSimpleName()
                    + ": expected withClipping before the training step is built. Received: " + clipping);
        }
        this.clipping = clipping;
        return this;
    }

    /**
     * The declared momentum coefficient, which a 1cycle schedule may cycle: β1 for the Adam family,
     * μ for SGD; 0 for an optimizer without momentum (AdaGrad, RMSProp, SGD without it).
     */
    public double momentumCoefficient() {
        return 0;
    }

    /**
     * Makes the momentum ({@link #momentumCoefficient()}) a graph input fed at every step, so that a
     * schedule can cycle it (1cycle's {@code 0.95 → 0.85 → 0.95}, see {@code OneCycle.withMomentum});
     * a step that is not fed one uses the declared value. Set it before the model is built.
     *
     * @return this optimizer
     * @throws IllegalArgumentException if the optimizer has no momentum to cycle
     * @throws IllegalStateException if the optimizer's step is already in a graph
     */
    public final Optimizer withMomentumCycling() {
        if (!(momentumCoefficient() > 0)) {
            throw new IllegalArgumentException(getClass().getSimpleName()
                    + ": expected an optimizer with momentum (β1 > 0, or SGD with momentum > 0) to cycle."
                    + " Received: momentum=" + momentumCoefficient());
        }
        if (built) {
            throw new IllegalStateException(getClass().getSimpleName()
                    + ": expected withMomentumCycling before the training step is built");
        }
        cyclesMomentum = true;
        return this;
    }

    /** Whether {@link #withMomentumCycling} made the momentum a graph input. */
    public final boolean cyclesMomentum() {
        return cyclesMomentum;
    }

    /** The momentum's graph input ({@code optimizer/momentum}), once a step is built with momentum cycling. */
    public final Optional<PlaceholderWithDefault<TFloat64>> momentumInput() {
        return Optional.ofNullable(momentumInput);
    }

    /**
     * This step's momentum, in double precision: the fed input when cycling, otherwise the declared
     * value as a constant (the same value, so a model that does not cycle trains as before).
     */
    final Operand<TFloat64> momentum(Ops tf) {
        return cyclesMomentum ? momentumInput : tf.constant(momentumCoefficient());
    }

    /** How gradients are clipped; {@link GradientClipping#none()} unless {@link #withClipping} said otherwise. */
    public final GradientClipping clipping() {
        return clipping;
    }

    /**
     * Adds one optimizer step to the graph: clips the gradients, updates every weight from its
     * gradient, then counts the step. Each update waits for all gradients, so no update can race
     * a gradient read.
     *
     * @param slotContext creates the optimizer's state variables, under {@code optimizer/}
     * @param weights the variables to train
     * @param gradients their gradients, in the same order
     * @param learningRate the rate for this step (a placeholder)
     * @param iterations the number of steps taken so far (incremented by the returned op)
     * @return the op that performs the whole step
     */
    public final Op applyGradients(BuildContext slotContext, List<Weight> weights, List<Operand<TFloat32>> gradients,
            Operand<TFloat32> learningRate, Variable<TInt64> iterations) {
        Ops tf = slotContext.scope("optimizer");
        if (weights.size() != gradients.size()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": expected one gradient per weight. Received: "
                    + weights.size() + " weights and " + gradients.size() + " gradients");
        }
        built = true;
        if (cyclesMomentum && momentumInput == null) {
            momentumInput = tf.withName("momentum").placeholderWithDefault(tf.constant(momentumCoefficient()), Shape.scalar());
        }
        Ops afterGradients = tf.withControlDependencyOps(gradients.stream().map(Operand::op).toList());
        List<Operand<TFloat32>> clipped = clipping.apply(afterGradients, gradients);
        // t, the 1-based number of this step, as the bias corrections count it.
        Operand<TFloat64> step = afterGradients.dtypes.cast(
                afterGradients.math.add(afterGradients.identity(iterations), afterGradients.constant(1L)), TFloat64.class);
        List<Op> updates = updates(afterGradients, slotContext, weights, clipped, learningRate, step);
        return tf.withControlDependencies(updates).assignAdd(iterations, tf.constant(1L));
    }

    /**
     * Adds the update of every weight, in order, and returns them.
     *
     * @param tf ops that already wait for every gradient
     * @param slotContext creates the optimizer's state variables, under {@code optimizer/}
     * @param weights the variables to train
     * @param gradients their gradients, clipped, in the same order
     * @param learningRate this step's rate
     * @param step t, the 1-based number of this step
     */
    abstract List<Op> updates(Ops tf, BuildContext slotContext, List<Weight> weights, List<Operand<TFloat32>> gradients,
            Operand<TFloat32> learningRate, Operand<TFloat64> step);
}
