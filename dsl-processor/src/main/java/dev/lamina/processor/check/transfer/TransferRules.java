package dev.lamina.processor.check.transfer;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class TransferRules {
    /** In the order they run, which is the order their diagnostics print in. */
    public static final List<Rule> ALL = List.of(
            new ReusedShapeMismatchRule());

    private TransferRules() {}
}
