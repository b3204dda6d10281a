package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A penalty on a weight, added to the training loss (and, as Keras reports it, to the evaluation
 * loss). Keras's {@code L1}, {@code L2} and {@code L1L2}: {@code l1 · Σ|w|}, {@code l2 · Σw²}
 * (no ½, unlike the textbook form) and their sum.
 */
public interface Regularizer {

    /**
     * The penalty of {@code weight}, a scalar.
     *
     * @param tf the ops to build with
     * @param weight the weight's value; implementations read it through {@code tf.identity}, so a
     *     variable may be passed directly (some kernels reject ref-typed inputs, see TFJAVA.md)
     */
    Operand<TFloat32> penalty(Ops tf, Operand<TFloat32> weight);

    /** Keras {@code L1(l1)}: {@code l1 · Σ|w|}, which drives weights to exactly zero (sparse models). */
    static Regularizer l1(double l1) {
        return new L1(l1);
    }

    /** Keras {@code L2(l2)}: {@code l2 · Σw²}, weight decay folded into the loss. */
    static Regularizer l2(double l2) {
        return new L2(l2);
    }

    /** Keras {@code L1L2(l1, l2)}: {@code l1 · Σ|w| + l2 · Σw²}. */
    static Regularizer l1l2(double l1, double l2) {
        return new L1L2(l1, l2);
    }
}
