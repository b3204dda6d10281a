package dev.lamina.runtime.optim;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Keras's {@code Adagrad(learning_rate, initial_accumulator_value, epsilon)} (Duchi et al., 2011):
 * <pre>
 *   acc ← acc + g²                  (acc starts at the initial accumulator value)
 *   w ← w − lr·g / sqrt(acc + ε)    (ε inside the square root, as Keras's adagrad.py)
 * </pre>
 * TensorFlow's {@code ApplyAdagrad} kernel has no ε and TensorFlow Java's framework Adagrad starts
 * the accumulator at 0.01; this one is Keras's. Slot: {@code accumulator}.
 */
public final class Adagrad extends StepOptimizer<Operand<TFloat32>> {
    private final double initialAccumulator;
    private final double epsilon;

    /**
     * @param learningRate the rate; Keras default {@value Defaults#ADAGRAD_LEARNING_RATE}
     * @param initialAccumulator the accumulator's starting value, ≥ 0; Keras default
     *     {@value Defaults#ADAGRAD_INITIAL_ACCUMULATOR}
     * @param epsilon added under the square root, ≥ 0 (positive when the accumulator starts at 0);
     *     Keras default {@value Defaults#EPSILON}
     */
    public Adagrad(double learningRate, double initialAccumulator, double epsilon) {
        super(learningRate);
        if (!(initialAccumulator >= 0) || Double.isInfinite(initialAccumulator) || !(epsilon >= 0)
                || Double.isInfinite(epsilon) || initialAccumulator + epsilon == 0) {
            throw new IllegalArgumentException("Adagrad: expected an initial accumulator >= 0 and an epsilon >= 0,"
                    + " not both 0. Received: initialAccumulator=" + initialAccumulator + ", epsilon=" + epsilon);
        }
        this.initialAccumulator = initialAccumulator;
        this.epsilon = epsilon;
    }

    public double initialAccumulator() {
        return initialAccumulator;
    }

    public double epsilon() {
        return epsilon;
    }

    /** Nothing to prepare: the update reads only this step's rate. */
    @Override
    Operand<TFloat32> prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate,
            Operand<TFloat64> step) {
        return learningRate;
    }

    @Override
    Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Operand<TFloat32> learningRate) {
        Variable<TFloat32> accumulator = slots.create("accumulator", (float) initialAccumulator);
        Operand<TFloat32> newAccumulator = tf.identity(tf.assignAdd(accumulator, tf.math.square(gradient)));
        return tf.assignSub(weight.variable(), tf.math.div(tf.math.mul(learningRate, gradient),
                tf.math.sqrt(tf.math.add(newAccumulator, constant(tf, epsilon)))));
    }
}
