package dev.lamina.processor.spec;

import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.annotation.AttributeNames;

/**
 * A constraint on one weight, applied after every optimizer update: written on a layer method
 * ({@code @MaxNorm}, {@code @UnitNorm}, {@code @NonNeg}), or the kernel constraint
 * {@code @DenseDefaults(maxNorm = ...)} gives the Dense layers without their own.
 *
 * @param source the annotation it was read from: on the layer method, or the model's {@code @DenseDefaults}
 * @param kind which constraint
 * @param maxValue the largest norm, for {@link Kind#MAX_NORM}; NaN for the others
 * @param on the weight it constrains ({@link WeightTarget#KERNEL} for {@code @DenseDefaults})
 */
public record ConstraintSpec(Source source, Kind kind, double maxValue, WeightTarget on) {

    /** The constraint, as the runtime's {@code Constraint} factories name it. */
    public enum Kind {
        /** Each unit's incoming weights rescaled to norm at most {@code maxValue}. */
        MAX_NORM,
        /** Each unit's incoming weights rescaled to norm 1. */
        UNIT_NORM,
        /** Negative weights set to 0. */
        NON_NEG
    }

    /**
     * The attribute that holds {@link #maxValue}: {@code value} in {@code @MaxNorm}, {@code maxNorm}
     * in {@code @DenseDefaults}.
     */
    public String maxValueAttribute() {
        return source.values().containsKey(AttributeNames.MaxNorm.VALUE) ? AttributeNames.MaxNorm.VALUE
                : AttributeNames.DenseDefaults.MAX_NORM;
    }
}
