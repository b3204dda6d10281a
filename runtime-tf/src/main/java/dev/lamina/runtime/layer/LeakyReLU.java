package dev.lamina.runtime.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code LeakyReLU(negative_slope)} layer: {@code y = x} for {@code x > 0}, {@code slope · x}
 * otherwise, the same in every mode. The Keras layer's default slope is 0.3 ({@code
 * dev.lamina.dsl.Defaults.LEAKY_RELU_SLOPE}; the {@code leaky_relu} function's is 0.2, and the
 * chapter writes {@code LeakyReLU(alpha=0.2)}). The small slope keeps a gradient flowing for
 * negative inputs, so units cannot "die" as ReLU units can.
 */
public final class LeakyReLU extends Layer {
    private final double slope;

    /**
     * @param name the layer's name
     * @param slope the slope for negative inputs; finite and non-negative, as Keras requires
     */
    public LeakyReLU(String name, double slope) {
        super(name);
        if (!(slope >= 0) || Double.isInfinite(slope)) {
            throw new IllegalArgumentException("LeakyReLU '" + name + "': expected a finite, non-negative slope. Received: slope="
                    + slope);
        }
        this.slope = slope;
    }

    public double slope() {
        return slope;
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        return tf.nn.leakyRelu(x, LeakyRelu.alpha((float) slope));
    }
}
