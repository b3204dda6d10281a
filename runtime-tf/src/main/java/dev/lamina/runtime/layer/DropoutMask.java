package dev.lamina.runtime.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The keep mask the dropout family shares: {@code keep = U ≥ rate}, {@code U ~ U[0, 1)} per element. */
final class DropoutMask {
    private DropoutMask() {}

    /**
     * 1 where an element of {@code x} is kept, 0 where it is dropped (probability {@code rate}),
     * drawn by a stateless op seeded by the context's seed for {@code layer} in {@code mode}: the
     * same seed gives the same mask, each training step (and each Monte Carlo sample) a new one.
     */
    static Operand<TFloat32> keep(Ops tf, BuildContext context, String layer, Mode mode, Operand<TFloat32> x, double rate) {
        Operand<TFloat32> u = tf.random.statelessRandomUniform(tf.shape(x), context.randomSeed(tf, layer, mode));
        // The mask is a constant of the step: the backward pass stops here instead of reaching the
        // random op (which has no gradient) through x's shape.
        return tf.stopGradient(tf.dtypes.cast(tf.math.greaterEqual(u, tf.constant((float) rate)), TFloat32.class));
    }

    /** Whether the dropout family is active: when training and when Monte Carlo sampling. */
    static boolean active(Mode mode) {
        return mode == Mode.TRAINING || mode == Mode.MC_SAMPLING;
    }

    /** Rejects a rate outside {@code [0, 1)}, naming the layer. */
    static double checkRate(String layer, String name, double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException(layer + " '" + name + "': expected a rate (the fraction of inputs dropped) in [0, 1)."
                    + " Received: rate=" + rate);
        }
        return rate;
    }
}
