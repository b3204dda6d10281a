package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.StepOptimizer.constant;
import static dev.lamina.runtime.optim.StepOptimizer.oneMinusPower;
import static dev.lamina.runtime.optim.StepOptimizer.toDouble;
import static dev.lamina.runtime.optim.StepOptimizer.toFloat;

import dev.lamina.runtime.layer.Weight;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * Adam's update of one weight, shared by {@link Adam} and {@link AdamW} (Keras's {@code adam.py}),
 * with t the 1-based step:
 * <pre>
 *   m ← m + (1 − β1)·(g − m)
 *   v ← v + (1 − β2)·(g² − v)
 *   v̂ ← max(v̂, v)                         (AMSGrad only: the running maximum of the uncorrected v)
 *   α = lr · sqrt(1 − β2^t) / (1 − β1^t)
 *   w ← w − α·m / (sqrt(v) + ε)            (v̂ in place of v with AMSGrad; ε not bias-corrected)
 * </pre>
 * Without AMSGrad it runs TensorFlow's fused {@code ApplyAdam} kernel, fed {@code α} as its rate
 * and zero beta powers (so the kernel's own correction {@code sqrt(1 − 0)/(1 − 0)} is 1): α is
 * computed once per step from the step counter in double precision, with no beta-power state to
 * race the update (the flaw of TensorFlow Java's framework Adam). The kernel has no AMSGrad, so
 * that variant is composed from basic ops.
 *
 * @param hyperparameters β1, β2 and ε, checked
 * @param amsgrad whether to divide by the running maximum of v
 */
record AdamRule(AdamHyperparameters hyperparameters, boolean amsgrad) {
    /** β1. */
    double momentumCoefficient() {
        return hyperparameters.beta1();
    }

    /**
     * {@code α = lr · sqrt(1 − β2^t) / (1 − β1^t)}: computed in double, rounded once; β1 is this
     * step's (cycled by 1cycle, PyTorch's Adam likewise corrects with the current β1).
     */
    Operand<TFloat32> stepSize(Ops tf, Operand<TFloat32> learningRate, Operand<TFloat64> beta1, Operand<TFloat64> step) {
        double beta2 = hyperparameters.beta2();
        Operand<TFloat64> correction = tf.math.div(tf.math.sqrt(oneMinusPower(tf, beta2, step)),
                tf.math.sub(tf.constant(1.0), tf.math.pow(beta1, step)));
        return toFloat(tf, tf.math.mul(toDouble(tf, learningRate), correction));
    }

    /** Updates {@code weight} and its slots {@code m}, {@code v} (and {@code v_hat}) with step size {@code alpha}. */
    Op apply(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Operand<TFloat32> alpha,
            Operand<TFloat64> beta1) {
        double beta2 = hyperparameters.beta2();
        Variable<TFloat32> m = slots.create("m", 0f);
        Variable<TFloat32> v = slots.create("v", 0f);
        Operand<TFloat32> epsilonOp = constant(tf, hyperparameters.epsilon());
        if (!amsgrad) {
            Operand<TFloat32> zero = tf.constant(0f);
            return tf.train.applyAdam(weight.variable(), m, v, zero, zero, alpha,
                    toFloat(tf, beta1), constant(tf, beta2), epsilonOp, gradient);
        }
        Operand<TFloat32> newM = tf.identity(tf.assignAdd(m,
                tf.math.mul(tf.math.sub(gradient, tf.identity(m)), toFloat(tf, tf.math.sub(tf.constant(1.0), beta1)))));
        Operand<TFloat32> newV = tf.identity(tf.assignAdd(v,
                tf.math.mul(tf.math.sub(tf.math.square(gradient), tf.identity(v)), constant(tf, 1 - beta2))));
        Variable<TFloat32> vHat = slots.create("v_hat", 0f);
        Operand<TFloat32> newVHat = tf.identity(tf.assign(vHat, tf.math.maximum(tf.identity(vHat), newV)));
        return tf.assignSub(weight.variable(),
                tf.math.div(tf.math.mul(alpha, newM), tf.math.add(tf.math.sqrt(newVHat), epsilonOp)));
    }
}
