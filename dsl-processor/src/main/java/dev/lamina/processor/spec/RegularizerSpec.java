package dev.lamina.processor.spec;

import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.annotation.AttributeNames;

/**
 * A regularizer of one weight: written on a layer method ({@code @L1}, {@code @L2},
 * {@code @L1L2}), or the kernel regularizer {@code @DenseDefaults(l1 = ..., l2 = ...)} gives the
 * Dense layers without their own.
 *
 * @param source the annotation it was read from: on the layer method, or the model's {@code @DenseDefaults}
 * @param kind which penalty
 * @param l1 the L1 factor (0 for {@link Kind#L2})
 * @param l2 the L2 factor (0 for {@link Kind#L1})
 * @param on the weight it regularizes ({@link WeightTarget#KERNEL} for {@code @DenseDefaults})
 */
public record RegularizerSpec(Source source, Kind kind, double l1, double l2, WeightTarget on) {

    /** The penalty, as the runtime's {@code Regularizer} factories name it. */
    public enum Kind {
        /** {@code l1 · Σ|w|}. */
        L1,
        /** {@code l2 · Σw²}. */
        L2,
        /** Both. */
        L1L2
    }

    /** Whether the penalty is 0, which leaves the loss as it is: {@code @L2(0)}, the way to opt out of a default. */
    public boolean isZero() {
        return l1 == 0 && l2 == 0;
    }

    /**
     * The attribute that holds the L1 factor: {@code value} in {@code @L1}, {@code l1} in {@code
     * @L1L2} and {@code @DenseDefaults}.
     */
    public String l1Attribute() {
        return source.values().containsKey(AttributeNames.L1.VALUE) ? AttributeNames.L1.VALUE : AttributeNames.L1L2.L1;
    }

    /**
     * The attribute that holds the L2 factor: {@code value} in {@code @L2}, {@code l2} in {@code
     * @L1L2} and {@code @DenseDefaults}.
     */
    public String l2Attribute() {
        return source.values().containsKey(AttributeNames.L2.VALUE) ? AttributeNames.L2.VALUE : AttributeNames.L1L2.L2;
    }
}
