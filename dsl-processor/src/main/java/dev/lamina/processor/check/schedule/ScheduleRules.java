package dev.lamina.processor.check.schedule;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class ScheduleRules {
    /** In the order they run, which is the order their diagnostics print in. */
    public static final List<Rule> ALL = List.of(
            new ScheduleConflictRule(),
            new ScheduleAttributeRule(),
            new ScheduleRequiredRule(),
            new ScheduleRangeRule(),
            new GrowingExponentialRule(),
            new PiecewiseScheduleRule(),
            new OneCycleRatesRule(),
            new CycleMomentumRule(),
            new ScheduleLearningRateRule(),
            new PlateauMonitorRule(),
            new CustomScheduleRule());

    private ScheduleRules() {}
}
