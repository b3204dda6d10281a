package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * An update rule in two parts: what one step computes once ({@link #prepareStep}: the step size
 * of Adam's bias correction, Nadam's running product and rates), and the update of each weight
 * from those values ({@link #update}). The values pass from the first to the second as a
 * parameter, never through a field, so an update cannot read another step's values or run
 * before they exist.
 *
 * <p>Step-dependent scalars (bias corrections, {@code β^t}) are computed in double precision and
 * rounded once to float: {@code 1 − β2^t} loses five digits to cancellation in float32 at small
 * {@code t}.
 *
 * @param <S> the values one step prepares and every weight's update of that step reads: this
 *     step's rate where nothing else is needed, a record where several values are
 */
abstract class StepOptimizer<S> extends Optimizer {
    StepOptimizer(double learningRate) {
        super(learningRate);
    }

    @Override
    final List<Op> updates(Ops tf, BuildContext slotContext, List<Weight> weights, List<Operand<TFloat32>> gradients,
            Operand<TFloat32> learningRate, Operand<TFloat64> step) {
        S values = prepareStep(tf, slotContext, learningRate, step);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            updates.add(update(tf, new Slots(slotContext, weights.get(i)), weights.get(i), gradients.get(i), values));
        }
        return updates;
    }

    /**
     * Adds what every weight's update of this step shares, once per step, before the updates.
     *
     * @param tf ops that already wait for every gradient
     * @param slotContext creates optimizer state shared by all weights ({@code optimizer/<name>})
     * @param learningRate this step's rate
     * @param step t, the 1-based number of this step
     * @return the values every weight's {@link #update} of this step receives
     */
    abstract S prepareStep(Ops tf, BuildContext slotContext, Operand<TFloat32> learningRate,
            Operand<TFloat64> step);

    /**
     * Adds the update of one weight.
     *
     * @param tf ops that already wait for every gradient
     * @param slots creates this weight's optimizer state (moments, accumulators)
     * @param weight the variable to update
     * @param gradient its gradient, clipped
     * @param values what {@link #prepareStep} returned for this step
     */
    abstract Op update(Ops tf, Slots slots, Weight weight, Operand<TFloat32> gradient, S values);

    /** A float constant: optimizer hyperparameters are baked into the graph, the rate is not. */
    static Operand<TFloat32> constant(Ops tf, double value) {
        return tf.constant((float) value);
    }

    /** {@code base^step}, in double precision. */
    static Operand<TFloat64> power(Ops tf, double base, Operand<TFloat64> step) {
        return tf.math.pow(tf.constant(base), step);
    }

    /** {@code 1 − base^step}, in double precision: a bias correction. */
    static Operand<TFloat64> oneMinusPower(Ops tf, double base, Operand<TFloat64> step) {
        return tf.math.sub(tf.constant(1.0), power(tf, base, step));
    }

    /** A double-precision scalar rounded to float, to scale float tensors with. */
    static Operand<TFloat32> toFloat(Ops tf, Operand<TFloat64> value) {
        return tf.dtypes.cast(value, TFloat32.class);
    }

    /** A float scalar widened to double. */
    static Operand<TFloat64> toDouble(Ops tf, Operand<TFloat32> value) {
        return tf.dtypes.cast(value, TFloat64.class);
    }
}
