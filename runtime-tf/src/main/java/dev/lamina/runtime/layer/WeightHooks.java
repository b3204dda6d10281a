package dev.lamina.runtime.layer;

import dev.lamina.runtime.regularize.Constraint;
import dev.lamina.runtime.regularize.Regularizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A weight's regularizer and constraint, turned into the ops {@link Layer#penalty} and {@link
 * Layer#constraints} return. Either may be absent (null), and so may the weight (a bias the layer
 * was declared without).
 */
final class WeightHooks {
    private WeightHooks() {}

    /** {@code regularizer(weight)}, or nothing when there is no regularizer or no weight. */
    static Optional<Operand<TFloat32>> penalty(Ops tf, Weight weight, Regularizer regularizer) {
        if (weight == null || regularizer == null) {
            return Optional.empty();
        }
        // Read through identity: Square, Pow and Sign reject (or crash on) ref-typed inputs (TFJAVA.md).
        return Optional.of(regularizer.penalty(tf, tf.identity(weight.variable())));
    }

    /** The sum of the penalties present, or nothing when none is. */
    static Optional<Operand<TFloat32>> sum(Ops tf, List<Optional<Operand<TFloat32>>> penalties) {
        return penalties.stream().flatMap(Optional::stream).reduce((a, b) -> tf.math.add(a, b));
    }

    /** {@code weight ← constraint(weight)}, or nothing when there is no constraint or no weight. */
    static Optional<Op> constraint(Ops tf, Weight weight, Constraint constraint) {
        if (weight == null || constraint == null) {
            return Optional.empty();
        }
        return Optional.of(tf.assign(weight.variable(), constraint.project(tf, tf.identity(weight.variable()))));
    }

    /** The ops present, in order. */
    static List<Op> present(List<Optional<Op>> ops) {
        return ops.stream().flatMap(Optional::stream).toList();
    }

    /** Rejects a null configuration value, naming the layer and the method. */
    static <T> T required(Layer layer, String method, T value) {
        return Objects.requireNonNull(value, () -> layer + ": " + method + " expects a value. Received: null");
    }
}
