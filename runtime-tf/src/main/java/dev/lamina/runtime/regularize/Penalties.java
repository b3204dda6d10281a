package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The two sums the regularizers are made of, and the check of their factors. */
final class Penalties {
    private Penalties() {}

    /** {@code factor · Σ|w|} over every element of {@code w}. */
    static Operand<TFloat32> l1(Ops tf, double factor, Operand<TFloat32> w) {
        return tf.math.mul(tf.constant((float) factor), sumAll(tf, tf.math.abs(tf.identity(w))));
    }

    /** {@code factor · Σw²} over every element of {@code w}. */
    static Operand<TFloat32> l2(Ops tf, double factor, Operand<TFloat32> w) {
        return tf.math.mul(tf.constant((float) factor), sumAll(tf, tf.math.square(tf.identity(w))));
    }

    /** Rejects a negative (or NaN, or infinite) factor, naming the regularizer and the value. */
    static double checkFactor(String regularizer, String parameter, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Regularizer " + regularizer + ": expected a finite, non-negative factor. Received: "
                    + parameter + "=" + value);
        }
        return value;
    }

    /** The sum of every element, whatever the rank: flatten, then reduce the one axis. */
    private static Operand<TFloat32> sumAll(Ops tf, Operand<TFloat32> x) {
        return tf.sum(tf.reshape(x, tf.constant(new int[] {-1})), tf.constant(0));
    }
}
