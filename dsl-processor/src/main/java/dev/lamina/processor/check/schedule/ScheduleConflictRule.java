package dev.lamina.processor.check.schedule;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import javax.tools.Diagnostic.Kind;

/** {@code @Optimizer(schedule = ...)} and {@code @Schedule}, when both are written, name the same kind. */
final class ScheduleConflictRule extends Rule {

    ScheduleConflictRule() {
        super("lamina:schedule-conflict", Kind.ERROR,
                "@Optimizer(schedule = ...) and @Schedule name the same kind when both are written");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        ScheduleSpec schedule = model.schedule();
        if (optimizer.isExplicit(AttributeNames.Optimizer.SCHEDULE) && schedule.source().isPresent()
                && optimizer.schedule() != schedule.kind()) {
            Location location = Location.of(optimizer.source().orElseThrow(), AttributeNames.Optimizer.SCHEDULE);
            findings.report(this, location, new Message(
                    "@Optimizer(schedule = " + optimizer.schedule() + ") and @Schedule(" + schedule.kind()
                            + ") disagree. Received: both on '" + model.name() + "'.",
                    "A model trains with one schedule, and Lamina would not guess which was meant.",
                    "Remove schedule from @Optimizer (@Schedule says it all), or make them the same."));
        }
    }
}
