package dev.lamina.runtime.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A training step's new value for a state variable (Batch Normalization's moving statistics),
 * kept as a value rather than an assignment so that a step replicated over devices can combine
 * its replicas' values into one update (see {@code distribute}) before assigning it.
 *
 * @param weight the state variable
 * @param value its value after the step
 */
public record StateUpdate(Weight weight, Operand<TFloat32> value) {
    /** The op that assigns {@link #value} to the variable. */
    public Op assign(Ops tf) {
        return tf.assign(weight.variable(), value);
    }
}
