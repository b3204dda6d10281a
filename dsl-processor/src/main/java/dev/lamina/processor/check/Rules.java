package dev.lamina.processor.check;

import dev.lamina.processor.check.callback.CallbackRules;
import dev.lamina.processor.check.declaration.DeclarationRules;
import dev.lamina.processor.check.layer.LayerRules;
import dev.lamina.processor.check.optimizer.OptimizerRules;
import dev.lamina.processor.check.output.OutputRules;
import dev.lamina.processor.check.preset.PresetRules;
import dev.lamina.processor.check.schedule.ScheduleRules;
import dev.lamina.processor.check.selfnormalizing.SelfNormalizingRules;
import dev.lamina.processor.check.stack.StackRules;
import dev.lamina.processor.check.transfer.TransferRules;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule, in the catalogue's order, which is also the order diagnostics print in: family by
 * family, each family's package listing its own. The checker runs a rule after those that
 * establish what it requires (see {@link Requirement}).
 */
public final class Rules {
    private Rules() {}

    private static final List<Rule> ALL = Stream.of(
                    DeclarationRules.PRECONDITIONS,
                    DeclarationRules.ALL,
                    LayerRules.ALL,
                    StackRules.ALL,
                    SelfNormalizingRules.ALL,
                    OutputRules.ALL,
                    TransferRules.ALL,
                    OptimizerRules.ALL,
                    ScheduleRules.ALL,
                    CallbackRules.ALL,
                    PresetRules.ALL)
            .flatMap(List::stream)
            .toList();

    /** Every rule, preconditions first. */
    public static List<Rule> all() {
        return ALL;
    }
}
