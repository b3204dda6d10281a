package dev.lamina.processor.spec;

import java.util.Optional;

/**
 * What a layer's weight is regularized and constrained with, once a layer's own annotations and
 * the model's {@code @DenseDefaults} are resolved.
 *
 * @param regularizer the penalty added to the loss, if any
 * @param constraint the projection applied after each update, if any
 */
public record WeightSpec(Optional<RegularizerSpec> regularizer, Optional<ConstraintSpec> constraint) {

    /** A weight with neither. */
    public static WeightSpec none() {
        return new WeightSpec(Optional.empty(), Optional.empty());
    }
}
