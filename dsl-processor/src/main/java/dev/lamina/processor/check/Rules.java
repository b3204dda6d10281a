package dev.lamina.processor.check;

import java.util.List;
import java.util.stream.Stream;

/** Every rule, in the order the checker runs them (which is also the order diagnostics print in). */
public final class Rules {
    private Rules() {}

    /**
     * Rules every other rule assumes: the runtime can be found, and the model type is something a
     * generated class can complete. Run first, in order; an error stops the check, because the
     * other rules would only report consequences.
     */
    static final List<Rule> PRECONDITIONS = List.of(new RuntimeMissingRule(), new ModelKindRule());

    /** Everything else, independent of one another. */
    static final List<Rule> RULES = List.of(
            // The model as a whole.
            new InputShapeRule(),
            new NoLayersRule(),
            // Each abstract method as a declaration.
            new MissingLayerAnnotationRule(),
            new ConflictingLayerAnnotationsRule(),
            new LayerMethodSignatureRule(),
            new LayerReturnTypeRule(),
            new DuplicateLayerRule(),
            new ReservedLayerNameRule(),
            new RepeatCountRule(),
            new RepeatReturnTypeRule(),
            new RepeatNameClashRule(),
            new RepeatOutputRule(),
            // Each layer's attributes and weights.
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
            new FrozenWithoutWeightsRule(),
            // The stack.
            new StandardizeFirstRule(),
            new PReLUSharedAxesRule(),
            new DenseNeedsFlattenRule(),
            new SoftmaxHiddenRule(),
            new InitActivationRule(),
            new SaturatingDeepStackRule(),
            new ActivationTwiceRule(),
            new BiasBeforeBatchNormRule(),
            // Self-normalizing networks (errors under preset = SELF_NORMALIZING).
            new SeluWithBatchNormRule(),
            new SeluWithDropoutRule(),
            new SeluMixedActivationsRule(),
            new SeluWithoutStandardizationRule(),
            new SeluWithRegularizationRule(),
            // The output layer, the loss and the target.
            new ReconstructionLossRule(),
            new OutputLayerRule(),
            new MseWithSquashingOutputRule(),
            new AccuracyMetricRule(),
            new ReusedShapeMismatchRule(),
            // The optimizer.
            new OptimizerAttributeRule(),
            new NesterovNeedsMomentumRule(),
            new OptimizerRangeRule(),
            new OneClippingRule(),
            new AdagradDeepRule(),
            // The schedule.
            new ScheduleConflictRule(),
            new ScheduleAttributeRule(),
            new ScheduleRequiredRule(),
            new ScheduleRangeRule(),
            new PiecewiseScheduleRule(),
            new OneCycleRatesRule(),
            new ScheduleLearningRateRule(),
            new PlateauMonitorRule(),
            new CustomScheduleRule(),
            // Callbacks.
            new EarlyStoppingRangeRule(),
            new EarlyStoppingMonitorRule(),
            // The chapter's default configuration (preset = DEFAULT_DNN).
            new DefaultDnnBatchNormRule(),
            new DefaultDnnEarlyStoppingRule(),
            new DefaultDnnMomentumRule());

    /** Every rule, preconditions first. */
    public static List<Rule> all() {
        return Stream.concat(PRECONDITIONS.stream(), RULES.stream()).toList();
    }
}
