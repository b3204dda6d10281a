package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.OpNames;
import dev.lamina.runtime.layer.Weight;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Creates the optimizer state of one weight: variables shaped like it, named
 * {@code optimizer/<weight path>/<slot>} (e.g. {@code optimizer/hidden1/kernel/m}), so they are
 * saved and restored with the model.
 */
public final class Slots {
    private final Ops tf;
    private final Weight weight;

    Slots(Ops tf, Weight weight) {
        this.tf = tf;
        this.weight = weight;
    }

    /** A slot filled with {@code initialValue}. */
    public Variable<TFloat32> create(String slot, float initialValue) {
        Ops init = tf.withInitScope();
        return OpNames.named(tf, "optimizer/" + weight.path() + "/" + slot)
                .variable(init.fill(init.constant(weight.shape()), init.constant(initialValue)));
    }
}
