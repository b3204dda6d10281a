package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Keras {@code L2(l2)}: {@code l2 · Σw²}, without the ½ of the textbook form. Made by {@link Regularizer#l2}. */
record L2(double l2) implements Regularizer {
    L2 {
        Penalties.checkFactor("l2", "l2", l2);
    }

    @Override
    public Operand<TFloat32> penalty(Ops tf, Operand<TFloat32> weight) {
        return Penalties.l2(tf, l2, weight);
    }

    @Override
    public String toString() {
        return "l2(" + l2 + ")";
    }
}
