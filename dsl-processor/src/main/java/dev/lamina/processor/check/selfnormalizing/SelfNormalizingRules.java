package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class SelfNormalizingRules {
    /** In the order they run, which is the order their diagnostics print in. */
    public static final List<Rule> ALL = List.of(
            new SeluWithBatchNormRule(),
            new SeluWithDropoutRule(),
            new SeluMixedActivationsRule(),
            new SeluWithoutStandardizationRule(),
            new SeluWithRegularizationRule());

    private SelfNormalizingRules() {}
}
