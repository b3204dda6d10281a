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
 * Keras's {@code Adam(learning_rate, beta_1, beta_2, epsilon, amsgrad)} (Kingma and Ba, 2015;
 * AMSGrad: Reddi et al., 2018), with t the 1-based step:
 * <pre>
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   v̂ ← max(v̂, v)                      (AMSGrad only; v̂ starts at 0 and replaces v below)
 *   α = lr · sqrt(1 − β2^t) / (1 − β1^t)
 *   w ← w − α·m / (sqrt(v) + ε)
 * </pre>
 * Slots: {@code m}, {@code v}, and {@code v_hat} with AMSGrad. Without AMSGrad it runs
 * TensorFlow's fused {@code ApplyAdam} kernel (see {@link AdamRule}).
 */
public final class Adam extends StepOptimizer<Operand<TFloat32>> {
    private final AdamRule rule;

    /**
     * @param learningRate the rate; Keras default {@value Defaults#ADAM_LEARNING_RATE}
     * @param beta1 the decay of the first moment, in [0, 1); Keras default {@value Defaults#ADAM_BETA1}
     * @param beta2 the decay of the second moment, in [0, 1); Keras default {@value Defaults#ADAM_BETA2}
     * @param epsilon added to the denominator; Keras default {@value Defaults#EPSILON}
     * @param amsgrad whether to divide by the running maximum of v (AMSGrad); Keras default false
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon, boolean amsgrad) {
        super(learningRate);
        this.rule = new AdamRule(new AdamHyperparameters("Adam", beta1, beta2, epsilon), amsgrad);
    }

    /** β1, β2 and ε, as checked when this optimizer was made. */
    public AdamHyperparameters hyperparameters() {
        return rule.hyperparameters();
    }

    /** β1. */
    @Override
    public double momentumCoefficient() {
        return rule.momentumCoefficient();
    }

    public boolean amsgrad() {
        return rule.amsgrad();
    }

    /** Returns α, this step's size. */
    @Override
    Operand<TFloat32> prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate,
            Operand<TFloat64> step) {
        return rule.stepSize(tf, learningRate, momentum(tf), step);
    }

    @Override
    Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Operand<TFloat32> alpha) {
        return rule.apply(tf, slots, weight, gradient, alpha, momentum(tf));
    }
}
