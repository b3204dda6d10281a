package dev.lamina.runtime.regularize;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A projection of a weight back onto an allowed set, applied after every optimizer update (Keras's
 * {@code kernel_constraint}). Norm constraints work along axis 0, as Keras's default: for a Dense
 * kernel of shape {@code (in, out)} that is each output unit's vector of incoming weights.
 */
public interface Constraint {

    /**
     * The constrained value of {@code weight} (the caller assigns it back to the variable).
     *
     * @param tf the ops to build with
     * @param weight the weight's value; implementations read it through {@code tf.identity}, so a
     *     variable may be passed directly
     */
    Operand<TFloat32> project(Ops tf, Operand<TFloat32> weight);

    /**
     * Keras {@code MaxNorm(max_value, axis=0)}: {@code w · clip(‖w‖, 0, max) / (1e-7 + ‖w‖)}, with
     * the norms taken over axis 0. Columns whose norm is at most {@code maxValue} are left as they
     * are (up to the {@code 1e-7} fuzz); longer ones are scaled down to norm {@code maxValue}.
     *
     * @param maxValue the largest norm allowed; positive (Keras's default is 2)
     */
    static Constraint maxNorm(double maxValue) {
        return new MaxNorm(maxValue);
    }

    /** Keras {@code UnitNorm(axis=0)}: {@code w / (1e-7 + ‖w‖)}, norms over axis 0. */
    static Constraint unitNorm() {
        return new UnitNorm();
    }

    /** Keras {@code NonNeg()}: {@code w · (w ≥ 0)}, negative entries set to zero. */
    static Constraint nonNeg() {
        return new NonNeg();
    }
}
