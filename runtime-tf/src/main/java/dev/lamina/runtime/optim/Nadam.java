package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Keras 3's {@code Nadam(learning_rate, beta_1, beta_2, epsilon)} (Dozat, 2016: Adam with
 * Nesterov momentum and a momentum schedule), with t the 1-based step:
 * <pre>
 *   u_t = β1·(1 − 0.5·0.96^t),   u_{t+1} = β1·(1 − 0.5·0.96^(t+1))
 *   Π_t = Π_{t−1}·u_t                                   (Π_0 = 1; one variable for all weights)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   m̂ = u_{t+1}·m / (1 − Π_t·u_{t+1}) + (1 − u_t)·g / (1 − Π_t)
 *   v̂ = v / (1 − β2^t)
 *   w ← w − lr·m̂ / (sqrt(v̂) + ε)
 * </pre>
 * Π, Keras's {@code u_product}, is the state variable {@code optimizer/nadam_u_product}, updated
 * once per step before any weight's update; every update reads that one new value. The scalars
 * {@code lr·u_{t+1}/(1 − Π_t·u_{t+1})}, {@code lr·(1 − u_t)/(1 − Π_t)} and
 * {@code 1/sqrt(1 − β2^t)} are computed once per step (in double precision), so a weight's update
 * costs a few element-wise ops more than Adam's. TensorFlow Java's framework Nadam freezes t at 1;
 * {@code ApplyAdam(use_nesterov)} is a different rule. Slots: {@code m}, {@code v}.
 */
public final class Nadam extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private Operand<TFloat32> momentumScale;
    private Operand<TFloat32> gradientScale;
    private Operand<TFloat32> velocityCorrection;

    /**
     * @param learningRate the rate; Keras default 0.001
     * @param beta1 the decay of the first moment, in [0, 1); Keras default 0.9
     * @param beta2 the decay of the second moment, in [0, 1); Keras default 0.999
     * @param epsilon added to the denominator; Keras default 1e-7
     */
    public Nadam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("Nadam: expected beta1 and beta2 in [0, 1) and a positive epsilon."
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
        Variable<TFloat32> product = slotContext.createState("optimizer", "nadam_u_product", Shape.scalar(),
                (init, shape, seed) -> init.constant(1f)).variable();
        Operand<TFloat64> u = momentumFactor(tf, step);
        Operand<TFloat64> uNext = momentumFactor(tf, tf.math.add(step, tf.constant(1.0)));
        Operand<TFloat64> newProduct = toDouble(tf,
                tf.identity(tf.assign(product, tf.math.mul(tf.identity(product), toFloat(tf, u)))));
        Operand<TFloat64> one = tf.constant(1.0);
        Operand<TFloat64> rate = toDouble(tf, learningRate);
        momentumScale = toFloat(tf, tf.math.div(tf.math.mul(rate, uNext), tf.math.sub(one, tf.math.mul(newProduct, uNext))));
        gradientScale = toFloat(tf, tf.math.div(tf.math.mul(rate, tf.math.sub(one, u)), tf.math.sub(one, newProduct)));
        velocityCorrection = toFloat(tf, tf.math.rsqrt(oneMinusPower(tf, beta2, step)));
    }

    /** {@code u_t = β1·(1 − 0.5·0.96^t)}. */
    private Operand<TFloat64> momentumFactor(Ops tf, Operand<TFloat64> t) {
        return tf.math.mul(tf.constant(beta1), tf.math.sub(tf.constant(1.0), tf.math.mul(tf.constant(0.5), power(tf, 0.96, t))));
    }

    @Override
    protected Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient,
            Operand<TFloat32> learningRate, Operand<TFloat64> step) {
        Variable<TFloat32> m = slots.create("m", 0f);
        Variable<TFloat32> v = slots.create("v", 0f);
        Operand<TFloat32> newM = tf.identity(tf.assignAdd(m,
                tf.math.mul(tf.math.sub(gradient, tf.identity(m)), constant(tf, 1 - beta1))));
        Operand<TFloat32> newV = tf.identity(tf.assignAdd(v,
                tf.math.mul(tf.math.sub(tf.math.square(gradient), tf.identity(v)), constant(tf, 1 - beta2))));
        Operand<TFloat32> numerator = tf.math.add(tf.math.mul(momentumScale, newM), tf.math.mul(gradientScale, gradient));
        Operand<TFloat32> denominator = tf.math.add(tf.math.mul(tf.math.sqrt(newV), velocityCorrection), constant(tf, epsilon));
        return tf.assignSub(weight.variable(), tf.math.div(numerator, denominator));
    }
}
