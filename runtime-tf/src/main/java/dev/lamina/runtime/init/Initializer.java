package dev.lamina.runtime.init;

import dev.lamina.dsl.Distribution;
import dev.lamina.dsl.FanMode;
import dev.lamina.dsl.Defaults;
import dev.lamina.dsl.Init;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Produces a variable's initial value. Random initializers are stateless: the seed decides. */
@FunctionalInterface
public interface Initializer {

    /**
     * @param tf the ops to build with (in the graph's init scope)
     * @param shape the variable's shape
     * @param seed two 64-bit seeds for TensorFlow's stateless random ops
     */
    Operand<TFloat32> create(Ops tf, Shape shape, long[] seed);

    /** The initializer an {@link Init} names, with Keras semantics. */
    static Initializer of(Init init) {
        return switch (init.canonical()) {
            case GLOROT_UNIFORM -> new VarianceScaling(1, FanMode.FAN_AVG, Distribution.UNIFORM);
            case GLOROT_NORMAL -> new VarianceScaling(1, FanMode.FAN_AVG, Distribution.TRUNCATED_NORMAL);
            case HE_NORMAL -> new VarianceScaling(2, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL);
            case HE_UNIFORM -> new VarianceScaling(2, FanMode.FAN_IN, Distribution.UNIFORM);
            case LECUN_NORMAL -> new VarianceScaling(1, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL);
            case LECUN_UNIFORM -> new VarianceScaling(1, FanMode.FAN_IN, Distribution.UNIFORM);
            case ZEROS -> (tf, shape, seed) -> tf.zeros(tf.constant(shape), TFloat32.class);
            case ONES -> (tf, shape, seed) -> tf.fill(tf.constant(shape), tf.constant(1f));
            case ORTHOGONAL -> orthogonal(Defaults.ORTHOGONAL_GAIN);
            case GLOROT, HE, LECUN -> throw new AssertionError("canonical() resolves short forms: " + init);
        };
    }

    /**
     * Keras's {@code Orthogonal(gain)}: a random orthogonal matrix (QR of a normal matrix,
     * sign-corrected) scaled by {@code gain}; see {@link Orthogonal}. Keras's default gain is 1.
     */
    static Initializer orthogonal(double gain) {
        return new Orthogonal(gain);
    }
}
