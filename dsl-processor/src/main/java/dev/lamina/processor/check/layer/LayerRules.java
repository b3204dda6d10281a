package dev.lamina.processor.check.layer;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class LayerRules {
    /** In the order they run, which is the order their diagnostics print in. */
    public static final List<Rule> ALL = List.of(
            new UnitsPositiveRule(),
            new BiasInitRule(),
            new VarianceScalingPlacementRule(),
            new VarianceScalingScaleRule(),
            new WeightTargetRule(),
            new ConflictingWeightAnnotationsRule(),
            new RegularizationFactorRule(),
            new MaxNormValueRule(),
            new DropoutRateRule(),
            new BatchNormRangeRule(),
            new LeakyReLUSlopeRule(),
            new RReLURangeRule(),
            new FrozenWithoutWeightsRule());

    private LayerRules() {}
}
