package dev.lamina.runtime.init;

import dev.lamina.dsl.Distribution;
import dev.lamina.dsl.FanMode;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code VarianceScaling(scale, mode, distribution)}: samples whose variance is
 * {@code scale / n}, where {@code n} is {@code max(1, fan_in)}, {@code max(1, fan_out)} or
 * {@code max(1, (fan_in + fan_out) / 2)}.
 *
 * <ul>
 *   <li>truncated normal: {@code stddev = sqrt(scale / n) / 0.87962566103423978}, the standard
 *       deviation of a unit normal truncated to ±2, so that the truncated samples have variance
 *       {@code scale / n};
 *   <li>untruncated normal: {@code stddev = sqrt(scale / n)};
 *   <li>uniform: {@code limit = sqrt(3 · scale / n)} on {@code [-limit, limit)}.
 * </ul>
 *
 * TensorFlow Java's own uniform variance-scaling initializers draw from {@code [0, limit)}; this
 * one draws from the symmetric interval, as Keras does.
 *
 * @param scale the target variance times {@code n}; positive
 * @param mode which fan {@code n} is
 * @param distribution what to sample from
 */
public record VarianceScaling(double scale, FanMode mode, Distribution distribution) implements Initializer {
    /** The standard deviation of a unit normal truncated to [-2, 2]. */
    static final double TRUNCATED_STDDEV_CORRECTION = 0.87962566103423978;

    public VarianceScaling {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("VarianceScaling: expected a positive scale. Received: scale=" + scale);
        }
    }

    @Override
    public Operand<TFloat32> create(Ops tf, Shape shape, long[] seed) {
        double variance = scale / fan(shape);
        Operand<org.tensorflow.types.TInt64> seedOperand = tf.constant(seed);
        Operand<org.tensorflow.types.TInt64> shapeOperand = tf.constant(shape);
        return switch (distribution) {
            case TRUNCATED_NORMAL -> scaled(tf, tf.random.statelessTruncatedNormal(shapeOperand, seedOperand),
                    Math.sqrt(variance) / TRUNCATED_STDDEV_CORRECTION);
            case UNTRUNCATED_NORMAL -> scaled(tf, tf.random.statelessRandomNormal(shapeOperand, seedOperand), Math.sqrt(variance));
            case UNIFORM -> {
                double limit = Math.sqrt(3 * variance);
                // U[0, 1) · 2·limit − limit lies in [−limit, limit).
                Operand<TFloat32> unit = tf.random.statelessRandomUniform(shapeOperand, seedOperand);
                yield tf.math.sub(scaled(tf, unit, 2 * limit), tf.constant((float) limit));
            }
        };
    }

    /** The {@code n} of the formula for a variable of this shape. */
    double fan(Shape shape) {
        double[] fans = fans(shape);
        double n = switch (mode) {
            case FAN_IN -> fans[0];
            case FAN_OUT -> fans[1];
            case FAN_AVG -> (fans[0] + fans[1]) / 2;
        };
        return Math.max(1, n);
    }

    /** Keras's {@code compute_fans}: a vector has fan_in = fan_out = size; a matrix (in, out). */
    private static double[] fans(Shape shape) {
        return switch (shape.numDimensions()) {
            case 0 -> new double[] {1, 1};
            case 1 -> new double[] {shape.size(0), shape.size(0)};
            case 2 -> new double[] {shape.size(0), shape.size(1)};
            default -> {
                // Convolution kernels (h, w, …, in, out): the receptive field multiplies both fans.
                long receptive = 1;
                for (int i = 0; i < shape.numDimensions() - 2; i++) {
                    receptive *= shape.size(i);
                }
                yield new double[] {
                    receptive * shape.size(shape.numDimensions() - 2), receptive * shape.size(shape.numDimensions() - 1)
                };
            }
        };
    }

    private static Operand<TFloat32> scaled(Ops tf, Operand<TFloat32> x, double factor) {
        return tf.math.mul(x, tf.constant((float) factor));
    }
}
