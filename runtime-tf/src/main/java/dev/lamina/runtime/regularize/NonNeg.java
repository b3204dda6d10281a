package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Keras {@code NonNeg()}: {@code w · (w ≥ 0)}. Made by {@link Constraint#nonNeg}. */
record NonNeg() implements Constraint {
    @Override
    public Operand<TFloat32> project(Ops tf, Operand<TFloat32> weight) {
        Operand<TFloat32> w = tf.identity(weight);
        return tf.math.mul(w, tf.dtypes.cast(tf.math.greaterEqual(w, tf.constant(0f)), TFloat32.class));
    }

    @Override
    public String toString() {
        return "nonNeg()";
    }
}
