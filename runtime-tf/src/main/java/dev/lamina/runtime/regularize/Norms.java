package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Sum;
import org.tensorflow.types.TFloat32;

/** The column norms the norm constraints share. */
final class Norms {
    /** Keras's {@code backend.epsilon()}, the fuzz that keeps a zero column finite. */
    static final float EPSILON = 1e-7f;

    private Norms() {}

    /** {@code sqrt(Σ w²)} over axis 0, keeping that axis (size 1) so the result broadcasts against {@code w}. */
    static Operand<TFloat32> overAxis0(Ops tf, Operand<TFloat32> w) {
        return tf.math.sqrt(tf.sum(tf.math.square(w), tf.constant(0), Sum.keepDims(true)));
    }
}
