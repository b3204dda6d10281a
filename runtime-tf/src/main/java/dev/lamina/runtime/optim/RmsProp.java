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
 * Keras's {@code RMSprop(learning_rate, rho, momentum, epsilon, centered)}:
 * <pre>
 *   v ← ρ·v + (1 − ρ)·g²                 (v starts at 0)
 *   d = v + ε                             (plain)
 *   ḡ ← ρ·ḡ + (1 − ρ)·g;  d = v − ḡ² + ε  (centered: the gradient's estimated variance)
 *   Δ = lr·g / sqrt(d)
 *   w ← w − Δ                              (momentum 0)
 *   m ← μ·m + Δ;  w ← w − m                (momentum μ)
 * </pre>
 * TensorFlow Java's framework RMSProp starts v at 1 and uses ε = 1e-10; this one is Keras's.
 * Slots: {@code velocity} (v), {@code average_gradient} (ḡ, centered only), {@code momentum}
 * (m, with momentum only).
 */
public final class RmsProp extends StepOptimizer<Operand<TFloat32>> {
    private final double rho;
    private final double momentum;
    private final double epsilon;
    private final boolean centered;

    /**
     * @param learningRate the rate; Keras default {@value Defaults#RMSPROP_LEARNING_RATE}
     * @param rho the decay of the mean square, in [0, 1); Keras default {@value Defaults#RMSPROP_RHO}
     * @param momentum μ in [0, 1); Keras default {@value Defaults#SGD_MOMENTUM}
     * @param epsilon added under the square root; Keras default {@value Defaults#EPSILON}
     * @param centered whether to divide by the estimated variance of the gradient rather than its
     *     mean square; Keras default false
     */
    public RmsProp(double learningRate, double rho, double momentum, double epsilon, boolean centered) {
        super(learningRate);
        if (!(rho >= 0 && rho < 1) || !(momentum >= 0 && momentum < 1) || !(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("RMSprop: expected rho and momentum in [0, 1) and a positive epsilon."
                    + " Received: rho=" + rho + ", momentum=" + momentum + ", epsilon=" + epsilon);
        }
        this.rho = rho;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.centered = centered;
    }

    public double rho() {
        return rho;
    }

    public double momentum() {
        return momentum;
    }

    public double epsilon() {
        return epsilon;
    }

    public boolean centered() {
        return centered;
    }

    /** Nothing to prepare: the update reads only this step's rate. */
    @Override
    Operand<TFloat32> prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate,
            Operand<TFloat64> step) {
        return learningRate;
    }

    @Override
    Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Operand<TFloat32> learningRate) {
        Operand<TFloat32> keep = constant(tf, rho);
        Operand<TFloat32> blend = constant(tf, 1 - rho);
        Variable<TFloat32> meanSquare = slots.create("velocity", 0f);
        Operand<TFloat32> denominator = tf.math.add(tf.identity(tf.assign(meanSquare, tf.math.add(
                tf.math.mul(keep, tf.identity(meanSquare)), tf.math.mul(blend, tf.math.square(gradient))))),
                constant(tf, epsilon));
        if (centered) {
            Variable<TFloat32> average = slots.create("average_gradient", 0f);
            Operand<TFloat32> newAverage = tf.identity(tf.assign(average,
                    tf.math.add(tf.math.mul(keep, tf.identity(average)), tf.math.mul(blend, gradient))));
            denominator = tf.math.sub(denominator, tf.math.square(newAverage));
        }
        Operand<TFloat32> increment = tf.math.mul(tf.math.mul(learningRate, gradient), tf.math.rsqrt(denominator));
        if (momentum == 0) {
            return tf.assignSub(weight.variable(), increment);
        }
        Variable<TFloat32> velocity = slots.create("momentum", 0f);
        Operand<TFloat32> newVelocity = tf.assign(velocity,
                tf.math.add(tf.math.mul(constant(tf, momentum), tf.identity(velocity)), increment));
        return tf.assignSub(weight.variable(), newVelocity);
    }
}
