package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.layer.BuildContext;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * An optimizer with Keras's update rule, built from graph ops. Unlike TensorFlow Java's framework
 * optimizers, the learning rate is a graph input (so a schedule can change it at every step
 * without rebuilding anything), the step counter is a graph variable (so it is saved with the
 * model), and the list of variables to train is explicit.
 */
public abstract class Optimizer {
    private final double learningRate;

    protected Optimizer(double learningRate) {
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
     * Adds one optimizer step to the graph: updates every weight from its gradient, then counts the
     * step. Each update waits for all gradients, so no update can race a gradient read.
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
            throw new IllegalArgumentException(weights.size() + " weights but " + gradients.size() + " gradients");
        }
        Ops afterGradients = tf.withControlDependencyOps(gradients.stream().map(Operand::op).toList());
        // t, the 1-based number of this step, as the bias corrections count it.
        Operand<TFloat32> step = afterGradients.dtypes.cast(
                afterGradients.math.add(afterGradients.identity(iterations), afterGradients.constant(1L)), TFloat32.class);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            updates.add(update(afterGradients, new Slots(slotContext, weights.get(i)), weights.get(i), gradients.get(i), learningRate, step));
        }
        return tf.withControlDependencies(updates).assignAdd(iterations, tf.constant(1L));
    }

    /**
     * Adds the update of one weight.
     *
     * @param tf ops that already wait for every gradient
     * @param slots creates this weight's optimizer state (moments, accumulators)
     * @param weight the variable to update
     * @param gradient its gradient
     * @param learningRate this step's rate
     * @param step t, the 1-based number of this step
     */
    protected abstract Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient,
            Operand<TFloat32> learningRate, Operand<TFloat32> step);

    /** A float constant: optimizer hyperparameters are baked into the graph, the rate is not. */
    protected static Operand<TFloat32> constant(Ops tf, double value) {
        return tf.constant((float) value);
    }
}
