package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Keras's {@code Adamax(learning_rate, beta_1, beta_2, epsilon)} (Kingma and Ba, 2015, §7.1), with
 * t the 1-based step:
 * <pre>
 *   m ← β1·m + (1 − β1)·g
 *   u ← max(β2·u, |g|)              (u starts at 0)
 *   w ← w − (lr / (1 − β1^t)) · m / (u + ε)
 * </pre>
 * Runs TensorFlow's fused {@code ApplyAdaMax} kernel, which computes exactly this, fed the
 * corrected rate {@code lr / (1 − β1^t)} (computed once per step in double precision) and a zero
 * beta power. Slots: {@code m}, {@code u}.
 */
public final class Adamax extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private Operand<TFloat32> correctedRate;

    /**
     * @param learningRate the rate; Keras default 0.001
     * @param beta1 the decay of the first moment, in [0, 1); Keras default 0.9
     * @param beta2 the decay of the infinity norm, in [0, 1); Keras default 0.999
     * @param epsilon added to the denominator; Keras default 1e-7
     */
    public Adamax(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("Adamax: expected beta1 and beta2 in [0, 1) and a positive epsilon."
                    + " Received: beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    protected void prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate, Operand<TFloat64> step) {
        correctedRate = toFloat(tf, tf.math.div(toDouble(tf, learningRate), oneMinusPower(tf, beta1, step)));
    }

    @Override
    protected Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient,
            Operand<TFloat32> learningRate, Operand<TFloat64> step) {
        return tf.train.applyAdaMax(weight.variable(), slots.create("m", 0f), slots.create("u", 0f), tf.constant(0f),
                correctedRate, constant(tf, beta1), constant(tf, beta2), constant(tf, epsilon), gradient);
    }
}
