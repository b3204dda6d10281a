package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Keras {@code L1(l1)}: {@code l1 · Σ|w|}. Made by {@link Regularizer#l1}. */
record L1(double l1) implements Regularizer {
    L1 {
        Penalties.checkFactor("l1", "l1", l1);
    }

    @Override
    public Operand<TFloat32> penalty(Ops tf, Operand<TFloat32> weight) {
        return Penalties.l1(tf, l1, weight);
    }

    @Override
    public String toString() {
        return "l1(" + l1 + ")";
    }
}
