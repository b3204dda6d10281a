package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.Weight;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code RMSprop(learning_rate, rho, momentum, epsilon)}:
 * <pre>
 *   v ← ρ·v + (1 − ρ)·g²            (v starts at 0)
 *   Δ = lr·g / sqrt(v + ε)
 *   w ← w − Δ                        (momentum 0)
 *   m ← μ·m + Δ;  w ← w − m          (momentum μ)
 * </pre>
 * TensorFlow Java's framework RMSProp starts v at 1 and uses ε = 1e-10; this one is Keras's.
 */
public final class RmsProp extends Optimizer {
    private final double rho;
    private final double momentum;
    private final double epsilon;

    /**
     * @param learningRate the rate; Keras default 0.001
     * @param rho the decay of the mean square, in [0, 1); Keras default 0.9
     * @param momentum μ in [0, 1); Keras default 0
     * @param epsilon added under the square root; Keras default 1e-7
     */
    public RmsProp(double learningRate, double rho, double momentum, double epsilon) {
        super(learningRate);
        if (!(rho >= 0 && rho < 1) || !(momentum >= 0 && momentum < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("RMSprop: expected rho and momentum in [0, 1) and a positive epsilon."
                    + " Received: rho=" + rho + ", momentum=" + momentum + ", epsilon=" + epsilon);
        }
        this.rho = rho;
        this.momentum = momentum;
        this.epsilon = epsilon;
    }

    @Override
    protected Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient,
            Operand<TFloat32> learningRate, Operand<TFloat32> step) {
        Variable<TFloat32> meanSquare = slots.create("velocity", 0f);
        Operand<TFloat32> newMeanSquare = tf.assign(meanSquare, tf.math.add(
                tf.math.mul(constant(tf, rho), tf.identity(meanSquare)),
                tf.math.mul(constant(tf, 1 - rho), tf.math.square(gradient))));
        Operand<TFloat32> increment = tf.math.mul(tf.math.mul(learningRate, gradient),
                tf.math.rsqrt(tf.math.add(newMeanSquare, constant(tf, epsilon))));
        if (momentum == 0) {
            return tf.assignSub(weight.variable(), increment);
        }
        Variable<TFloat32> velocity = slots.create("momentum", 0f);
        Operand<TFloat32> newVelocity = tf.assign(velocity,
                tf.math.add(tf.math.mul(constant(tf, momentum), tf.identity(velocity)), increment));
        return tf.assignSub(weight.variable(), newVelocity);
    }
}
