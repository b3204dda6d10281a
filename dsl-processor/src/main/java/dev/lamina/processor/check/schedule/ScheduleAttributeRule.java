package dev.lamina.processor.check.schedule;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.KindAttribute;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/** Every attribute written in {@code @Schedule} applies to its kind; none is silently ignored. */
final class ScheduleAttributeRule extends Rule {

    ScheduleAttributeRule() {
        super("lamina:schedule-attribute", Kind.ERROR,
                "Every attribute written in @Schedule applies to the schedule's kind");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        if (schedule.source().isEmpty()) {
            return;
        }
        KindAttribute.reportMisplaced(this, findings, schedule.source().get(), "@Schedule(" + schedule.kind() + ")",
                schedule.kind(), List.of(ScheduleAttribute.values()));
    }
}
