package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Keras {@code UnitNorm(axis=0)}: {@code w / (1e-7 + ‖w‖)}. Made by {@link Constraint#unitNorm}. */
record UnitNorm() implements Constraint {
    @Override
    public Operand<TFloat32> project(Ops tf, Operand<TFloat32> weight) {
        Operand<TFloat32> w = tf.identity(weight);
        return tf.math.div(w, tf.math.add(tf.constant(Norms.EPSILON), Norms.overAxis0(tf, w)));
    }

    @Override
    public String toString() {
        return "unitNorm()";
    }
}
