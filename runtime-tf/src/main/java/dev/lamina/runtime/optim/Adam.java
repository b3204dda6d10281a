package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.Weight;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code Adam(learning_rate, beta_1, beta_2, epsilon)} (Kingma and Ba, 2015), with t the
 * 1-based step:
 * <pre>
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   α = lr · sqrt(1 − β2^t) / (1 − β1^t)
 *   w ← w − α·m / (sqrt(v) + ε)
 * </pre>
 * Runs TensorFlow's fused {@code ApplyAdam} kernel, fed {@code β1^t} and {@code β2^t} computed
 * from the step counter: there is no beta-power state to race the update, the flaw of TensorFlow
 * Java's framework Adam.
 */
public final class Adam extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /**
     * @param learningRate the rate; Keras default 0.001
     * @param beta1 the decay of the first moment, in [0, 1); Keras default 0.9
     * @param beta2 the decay of the second moment, in [0, 1); Keras default 0.999
     * @param epsilon added to the denominator; Keras default 1e-7
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam: expected beta1 and beta2 in [0, 1) and a positive epsilon."
                    + " Received: beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    protected Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient,
            Operand<TFloat32> learningRate, Operand<TFloat32> step) {
        Operand<TFloat32> b1 = constant(tf, beta1);
        Operand<TFloat32> b2 = constant(tf, beta2);
        return tf.train.applyAdam(weight.variable(), slots.create("m", 0f), slots.create("v", 0f),
                tf.math.pow(b1, step), tf.math.pow(b2, step), learningRate, b1, b2, constant(tf, epsilon), gradient);
    }
}
