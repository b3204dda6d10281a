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
 * Keras's {@code SGD(learning_rate, momentum, nesterov)}:
 * <pre>
 *   v ← μ·v − lr·g
 *   w ← w + v                 (classic momentum)
 *   w ← w + μ·v − lr·g        (Nesterov, with the new v)
 * </pre>
 * and {@code w ← w − lr·g} without momentum. The velocity accumulates {@code lr·g}, as Keras's
 * does, not {@code g} as TensorFlow's {@code ApplyMomentum} kernel: the two agree only while the
 * rate is constant, and Lamina's rate may change every step.
 */
public final class Sgd extends StepOptimizer<Operand<TFloat32>> {
    private final double momentum;
    private final boolean nesterov;

    /**
     * @param learningRate the rate; Keras default {@value Defaults#SGD_LEARNING_RATE}
     * @param momentum μ in [0, 1); Keras default {@value Defaults#SGD_MOMENTUM}
     * @param nesterov whether to use Nesterov momentum; Keras default false
     */
    public Sgd(double learningRate, double momentum, boolean nesterov) {
        super(learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("SGD: expected a momentum in [0, 1). Received: momentum=" + momentum);
        }
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    public double momentum() {
        return momentum;
    }

    /** μ. */
    @Override
    public double momentumCoefficient() {
        return momentum;
    }

    public boolean nesterov() {
        return nesterov;
    }

    /** Nothing to prepare: the update reads only this step's rate. */
    @Override
    Operand<TFloat32> prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate,
            Operand<TFloat64> step) {
        return learningRate;
    }

    @Override
    Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Operand<TFloat32> learningRate) {
        Operand<TFloat32> scaledGradient = tf.math.mul(learningRate, gradient);
        if (momentum == 0) {
            return tf.assignSub(weight.variable(), scaledGradient);
        }
        Variable<TFloat32> velocity = slots.create("velocity", 0f);
        Operand<TFloat32> mu = toFloat(tf, momentum(tf));
        Operand<TFloat32> newVelocity = tf.assign(velocity,
                tf.math.sub(tf.math.mul(mu, tf.identity(velocity)), scaledGradient));
        Operand<TFloat32> change = nesterov
                ? tf.math.sub(tf.math.mul(mu, newVelocity), scaledGradient)
                : newVelocity;
        return tf.assignAdd(weight.variable(), change);
    }
}
