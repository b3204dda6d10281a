package dev.lamina.processor.check.schedule;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import dev.lamina.processor.spec.Source;
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
        Source source = schedule.source().get();
        for (ScheduleAttribute attribute : ScheduleAttribute.values()) {
            String name = attribute.attribute();
            if (source.isExplicit(name) && !attribute.appliesTo(schedule.kind())) {
                findings.report(this, Location.of(source, name), new Message(
                        "@Schedule(" + schedule.kind() + ") does not use " + name + ". Received: " + name + " = "
                                + Describe.value(source.value(name)) + ".",
                        name + " is " + attribute.meaning() + ", which " + schedule.kind() + " does not have;"
                                + " Lamina rejects a setting rather than ignore it.",
                        "Remove " + name + ", or choose value = " + attribute.kindsPhrase() + "."));
            }
        }
    }
}
