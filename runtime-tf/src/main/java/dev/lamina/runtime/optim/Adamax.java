package dev.lamina.runtime.optim;

import dev.lamina.dsl.Defaults;
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
public final class Adamax extends StepOptimizer<Operand<TFloat32>> {
    private final AdamHyperparameters hyperparameters;

    /**
     * @param learningRate the rate; Keras default {@value Defaults#ADAMAX_LEARNING_RATE}
     * @param beta1 the decay of the first moment, in [0, 1); Keras default {@value Defaults#ADAM_BETA1}
     * @param beta2 the decay of the infinity norm, in [0, 1); Keras default {@value Defaults#ADAM_BETA2}
     * @param epsilon added to the denominator; Keras default {@value Defaults#EPSILON}
     */
    public Adamax(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        this.hyperparameters = new AdamHyperparameters("Adamax", beta1, beta2, epsilon);
    }

    /** β1, β2 and ε, as checked when this optimizer was made. */
    public AdamHyperparameters hyperparameters() {
        return hyperparameters;
    }

    /** β1. */
    @Override
    public double momentumCoefficient() {
        return hyperparameters.beta1();
    }

    /** Returns {@code lr / (1 − β1^t)}, this step's corrected rate (β1 this step's). */
    @Override
    Operand<TFloat32> prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate,
            Operand<TFloat64> step) {
        return toFloat(tf, tf.math.div(toDouble(tf, learningRate),
                tf.math.sub(tf.constant(1.0), tf.math.pow(momentum(tf), step))));
    }

    @Override
    Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Operand<TFloat32> correctedRate) {
        return tf.train.applyAdaMax(weight.variable(), slots.create("m", 0f), slots.create("u", 0f), tf.constant(0f),
                correctedRate, toFloat(tf, momentum(tf)), constant(tf, hyperparameters.beta2()),
                constant(tf, hyperparameters.epsilon()), gradient);
    }
}
