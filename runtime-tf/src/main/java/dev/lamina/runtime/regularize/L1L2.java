package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Keras {@code L1L2(l1, l2)}: {@code l1 · Σ|w| + l2 · Σw²}. Made by {@link Regularizer#l1l2}. */
record L1L2(double l1, double l2) implements Regularizer {
    L1L2 {
        Penalties.checkFactor("l1l2", "l1", l1);
        Penalties.checkFactor("l1l2", "l2", l2);
    }

    @Override
    public Operand<TFloat32> penalty(Ops tf, Operand<TFloat32> weight) {
        return tf.math.add(Penalties.l1(tf, l1, weight), Penalties.l2(tf, l2, weight));
    }

    @Override
    public String toString() {
        return "l1l2(" + l1 + ", " + l2 + ")";
    }
}
