package dev.lamina.processor.check.callback;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class CallbackRules {
    /** In the order they run, which is the order their diagnostics print in. */
    public static final List<Rule> ALL = List.of(
            new EarlyStoppingRangeRule(),
            new EarlyStoppingMonitorRule());

    private CallbackRules() {}
}
