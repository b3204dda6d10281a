package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Creates the optimizer state of one weight: variables shaped like it, named
 * {@code optimizer/<weight path>/<slot>} (e.g. {@code optimizer/hidden1/kernel/m}), so they are
 * saved and restored with the model.
 */
public final class Slots {
    private final BuildContext context;
    private final Weight weight;

    Slots(BuildContext context, Weight weight) {
        this.context = context;
        this.weight = weight;
    }

    /** A slot filled with {@code initialValue}. */
    public Variable<TFloat32> create(String slot, float initialValue) {
        return context.createState("optimizer/" + weight.path(), slot, weight.shape(),
                (tf, shape, seed) -> tf.fill(tf.constant(shape), tf.constant(initialValue))).variable();
    }
}
