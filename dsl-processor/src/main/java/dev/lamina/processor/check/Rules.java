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
 * Every rule, in the order the checker runs them (which is also the order diagnostics print in):
 * family by family, each family's package listing its own.
 */
public final class Rules {
    private Rules() {}

    /**
     * Rules every other rule assumes: the runtime can be found, and the model type is something a
     * generated class can complete. Run first, in order; an error stops the check.
     */
    static final List<Rule> PRECONDITIONS = DeclarationRules.PRECONDITIONS;

    /** Everything else, independent of one another. */
    static final List<Rule> RULES = Stream.of(
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
        return Stream.concat(PRECONDITIONS.stream(), RULES.stream()).toList();
    }
}
