package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Keras {@code MaxNorm(max_value, axis=0)}: {@code w · clip(‖w‖, 0, max) / (1e-7 + ‖w‖)}. Made by {@link Constraint#maxNorm}. */
record MaxNorm(double maxValue) implements Constraint {
    MaxNorm {
        if (!(maxValue > 0) || Double.isInfinite(maxValue)) {
            throw new IllegalArgumentException("Constraint maxNorm: expected a finite, positive maximum norm. Received: maxValue="
                    + maxValue);
        }
    }

    @Override
    public Operand<TFloat32> project(Ops tf, Operand<TFloat32> weight) {
        Operand<TFloat32> w = tf.identity(weight);
        Operand<TFloat32> norms = Norms.overAxis0(tf, w);
        Operand<TFloat32> desired = tf.clipByValue(norms, tf.constant(0f), tf.constant((float) maxValue));
        return tf.math.mul(w, tf.math.div(desired, tf.math.add(tf.constant(Norms.EPSILON), norms)));
    }

    @Override
    public String toString() {
        return "maxNorm(" + maxValue + ")";
    }
}
