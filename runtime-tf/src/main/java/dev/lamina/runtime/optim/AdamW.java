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
 * Keras's {@code AdamW(learning_rate, weight_decay, beta_1, beta_2, epsilon, amsgrad)}
 * (Loshchilov and Hutter, 2019): {@link Adam} with decoupled weight decay, applied to every
 * trained weight after the gradients are clipped and before Adam's update:
 * <pre>
 *   w ← w − lr·wd·w                       (lr: this step's rate)
 *   m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²;  v̂ ← max(v̂, v) (AMSGrad)
 *   w ← w − lr·sqrt(1 − β2^t)/(1 − β1^t) · m / (sqrt(v) + ε)
 * </pre>
 * The gradient is the one computed before the decay, as in Keras. Slots as {@link Adam}'s.
 */
public final class AdamW extends StepOptimizer<AdamW.Rates> {
    private final double weightDecay;
    private final AdamRule rule;

    /**
     * @param learningRate the rate; Keras default {@value Defaults#ADAMW_LEARNING_RATE}
     * @param weightDecay wd, the fraction of the weight removed per unit of rate, ≥ 0; Keras default
     *     {@value Defaults#ADAMW_WEIGHT_DECAY}
     * @param beta1 the decay of the first moment, in [0, 1); Keras default {@value Defaults#ADAM_BETA1}
     * @param beta2 the decay of the second moment, in [0, 1); Keras default {@value Defaults#ADAM_BETA2}
     * @param epsilon added to the denominator; Keras default {@value Defaults#EPSILON}
     * @param amsgrad whether to divide by the running maximum of v (AMSGrad); Keras default false
     */
    public AdamW(double learningRate, double weightDecay, double beta1, double beta2, double epsilon, boolean amsgrad) {
        super(learningRate);
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("AdamW: expected a weight decay >= 0. Received: weightDecay=" + weightDecay);
        }
        this.weightDecay = weightDecay;
        this.rule = new AdamRule(new AdamHyperparameters("AdamW", beta1, beta2, epsilon), amsgrad);
    }

    public double weightDecay() {
        return weightDecay;
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

    /**
     * What one step of AdamW feeds every weight's update.
     *
     * @param learningRate lr, this step's rate, which scales the decay
     * @param alpha α, the step size of Adam's update
     */
    record Rates(Operand<TFloat32> learningRate, Operand<TFloat32> alpha) {}

    @Override
    Rates prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate, Operand<TFloat64> step) {
        return new Rates(learningRate, rule.stepSize(tf, learningRate, momentum(tf), step));
    }

    @Override
    Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Rates rates) {
        Op decay = tf.assignSub(weight.variable(),
                tf.math.mul(tf.identity(weight.variable()),
                        tf.math.mul(rates.learningRate(), constant(tf, weightDecay))));
        return rule.apply(tf.withControlDependencies(decay), slots, weight, gradient, rates.alpha(), momentum(tf));
    }
}
