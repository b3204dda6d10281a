package dev.lamina.runtime.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Reshapes each example to a vector of {@code units} values, as Keras's {@code Flatten}. */
public final class Flatten extends Layer {
    private final int units;

    /**
     * @param name the layer's name
     * @param units the product of the input's dimensions without the batch dimension (784 for
     *     28 × 28): the processor computes it from the model's input shape
     */
    public Flatten(String name, int units) {
        super(name);
        if (units < 1) {
            throw new IllegalArgumentException("Flatten '" + name + "': expected a positive unit count. Received: units=" + units);
        }
        this.units = units;
    }

    /** One vector of {@link #units()} values per example. */
    @Override
    public long[] outputShape(long[] inputShape) {
        return new long[] {units};
    }

    /** The length of each flattened example. */
    public int units() {
        return units;
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        return tf.reshape(x, tf.constant(new int[] {-1, units}));
    }
}
