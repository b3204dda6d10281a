package dev.lamina.processor.check.output;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class OutputRules {
    /** In the order they run, which is the order their diagnostics print in. */
    public static final List<Rule> ALL = List.of(
            new ReconstructionLossRule(),
            new OutputLayerRule(),
            new MseWithSquashingOutputRule(),
            new AccuracyMetricRule(),
            new RegressionMetricRule());

    private OutputRules() {}
}
