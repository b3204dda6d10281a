package dev.lamina.runtime.train;

import dev.lamina.runtime.layer.Mode;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** A forward pass through some layers, for one mode: what a generated model's {@code body} is. */
@FunctionalInterface
interface ForwardPass {
    Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode);
}
