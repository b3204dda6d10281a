package dev.lamina.runtime.optim;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.train.ApplyAdagradV2;
import org.tensorflow.op.train.ApplyAdam;
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
 *   m̂ = a·m + b·g,   a = u_{t+1} / (1 − Π_t·u_{t+1}),   b = (1 − u_t) / (1 − Π_t)
 *   v̂ = v / (1 − β2^t)
 *   w ← w − lr·m̂ / (sqrt(v̂) + ε)
 * </pre>
 * Π, Keras's {@code u_product}, is the state variable {@code optimizer/nadam_u_product}, updated
 * once per step before any weight's update; every update reads that one new value.
 *
 * <p>A weight's update is two of TensorFlow's fused kernels rather than a dozen element-wise ops.
 * With {@code s = sqrt(1 − β2^t)}, multiplying the last line's numerator and denominator by s
 * ({@code s·sqrt(v̂) = sqrt(v)}) gives
 * <pre>
 *   w ← w − (lr·s·a)·m / (sqrt(v) + ε')  −  (lr·s·b)·g / (sqrt(v) + ε'),   ε' = ε·s
 * </pre>
 * <ol>
 *   <li>{@code ApplyAdam} fed zero beta powers (its own correction {@code sqrt(1 − 0)/(1 − 0)} is
 *       1), rate {@code lr·s·a}, β1, β2 and ε': it updates m and v as above and subtracts the first
 *       term;
 *   <li>{@code ApplyAdagradV2} with {@code update_slots=false}, accumulator v, rate {@code lr·s·b}
 *       and ε': it subtracts the second term ({@code w −= rate·g/(sqrt(v) + ε')}), reading the new
 *       v without writing it. It waits for the first kernel (a control dependency), and is the op
 *       the update returns.
 * </ol>
 * With β1 = 0, a = 0 and m ← g: one {@code ApplyAdam} with {@code use_nesterov}, rate
 * {@code lr·s·b}, subtracts {@code rate·(β1·m + (1 − β1)·g)/(sqrt(v) + ε') = rate·g/(sqrt(v) + ε')},
 * the whole update, with g itself (the plain kernel's {@code m + (g − m)} need not round to g).
 * For β1 &gt; 0 the plain kernel is used rather than {@code use_nesterov} plus a correction of its g
 * term: that would need the rate {@code lr·s·a/β1} and the difference of two rates for the
 * correction. The scalars {@code lr·s·a}, {@code lr·s·b} and ε' are computed once per step, in
 * double precision, and rounded once to float.
 *
 * <p>The kernel computes the decays {@code 1 − β} in float32 from float32 β, as Keras's
 * {@code nadam.py} does ({@code ops.cast(self.beta_2, var_dtype)}, then {@code 1 − beta_2}): for
 * β2 = 0.999 that is 1 − 0.99900001287 = 0.00099998713, 1.3e-5 below 0.001 (this runtime's Adam
 * has the same, through the same kernel). TensorFlow Java's framework Nadam freezes t at 1;
 * {@code ApplyAdam(use_nesterov)} alone is a different rule (its m and g weights, β1 and 1 − β1,
 * have a fixed ratio; Keras's a and b do not). Slots: {@code m}, {@code v}.
 */
public final class Nadam extends StepOptimizer<Nadam.Rates> {
    private final AdamHyperparameters hyperparameters;

    /**
     * @param learningRate the rate; Keras default {@value Defaults#NADAM_LEARNING_RATE}
     * @param beta1 the decay of the first moment, in [0, 1); Keras default {@value Defaults#ADAM_BETA1}
     * @param beta2 the decay of the second moment, in [0, 1); Keras default {@value Defaults#ADAM_BETA2}
     * @param epsilon added to the denominator; Keras default {@value Defaults#EPSILON}
     */
    public Nadam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        this.hyperparameters = new AdamHyperparameters("Nadam", beta1, beta2, epsilon);
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

    /**
     * The scalars one step of Nadam computes once, in double precision, and every weight's update
     * reads.
     *
     * @param momentumRate {@code lr·s·a}, the rate of the m term; null when β1 = 0 (a = 0)
     * @param gradientRate {@code lr·s·b}, the rate of the g term
     * @param scaledEpsilon {@code ε' = ε·s}
     */
    record Rates(Operand<TFloat32> momentumRate, Operand<TFloat32> gradientRate, Operand<TFloat32> scaledEpsilon) {}

    /** Advances Π, then returns this step's rates, which read the new Π. */
    @Override
    Rates prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate, Operand<TFloat64> step) {
        Variable<TFloat32> product = slotContext.createState("optimizer", "nadam_u_product", Shape.scalar(),
                (init, shape, seed) -> init.constant(1f)).variable();
        Operand<TFloat64> u = momentumFactor(tf, step);
        Operand<TFloat64> uNext = momentumFactor(tf, tf.math.add(step, tf.constant(1.0)));
        Operand<TFloat64> newProduct = toDouble(tf,
                tf.identity(tf.assign(product, tf.math.mul(tf.identity(product), toFloat(tf, u)))));
        Operand<TFloat64> one = tf.constant(1.0);
        // s = sqrt(1 − β2^t): folds v's bias correction into the rates and ε.
        Operand<TFloat64> s = tf.math.sqrt(oneMinusPower(tf, hyperparameters.beta2(), step));
        Operand<TFloat64> rate = tf.math.mul(toDouble(tf, learningRate), s);
        Operand<TFloat32> momentumRate = hyperparameters.beta1() == 0 ? null
                : toFloat(tf, tf.math.div(tf.math.mul(rate, uNext), tf.math.sub(one, tf.math.mul(newProduct, uNext))));
        Operand<TFloat32> gradientRate = toFloat(tf,
                tf.math.div(tf.math.mul(rate, tf.math.sub(one, u)), tf.math.sub(one, newProduct)));
        Operand<TFloat32> scaledEpsilon = toFloat(tf, tf.math.mul(tf.constant(hyperparameters.epsilon()), s));
        return new Rates(momentumRate, gradientRate, scaledEpsilon);
    }

    /** {@code u_t = β1·(1 − 0.5·0.96^t)}, with this step's β1 (PyTorch's NAdam reads the current β1 likewise). */
    private Operand<TFloat64> momentumFactor(Ops tf, Operand<TFloat64> t) {
        return tf.math.mul(momentum(tf),
                tf.math.sub(tf.constant(1.0), tf.math.mul(tf.constant(0.5), power(tf, 0.96, t))));
    }

    @Override
    Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, Rates rates) {
        Variable<TFloat32> m = slots.create("m", 0f);
        Variable<TFloat32> v = slots.create("v", 0f);
        Operand<TFloat32> zero = tf.constant(0f);
        Operand<TFloat32> beta1Op = toFloat(tf, momentum(tf));
        Operand<TFloat32> beta2Op = constant(tf, hyperparameters.beta2());
        if (rates.momentumRate() == null) {
            // β1 = 0: w −= lr·s·b·(0·m + 1·g)/(sqrt(v) + ε'), exactly g (m + (g − m) need not be).
            return tf.train.applyAdam(weight.variable(), m, v, zero, zero, rates.gradientRate(), beta1Op, beta2Op,
                    rates.scaledEpsilon(), gradient, ApplyAdam.useNesterov(true));
        }
        // m, v and the m term; then the g term, reading the new v.
        ApplyAdam<TFloat32> momentumTerm = tf.train.applyAdam(weight.variable(), m, v, zero, zero, rates.momentumRate(),
                beta1Op, beta2Op, rates.scaledEpsilon(), gradient);
        return tf.withControlDependencies(List.of(momentumTerm)).train.applyAdagradV2(weight.variable(), v,
                rates.gradientRate(), rates.scaledEpsilon(), gradient, ApplyAdagradV2.updateSlots(false));
    }
}
