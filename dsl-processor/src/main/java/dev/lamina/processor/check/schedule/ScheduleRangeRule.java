package dev.lamina.processor.check.schedule;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Range;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import dev.lamina.processor.spec.Source;
import javax.tools.Diagnostic.Kind;

/**
 * Every {@code @Schedule} value written is in its range: rates, decay steps, the decay rate and
 * the power positive; counts and thresholds at least 0; alpha in [0, 1]; lastFraction in [0, 1);
 * factor in (0, 1). Only written values that apply to the kind are checked; the defaults are in range.
 */
final class ScheduleRangeRule extends Rule {

    ScheduleRangeRule() {
        super("lamina:schedule-range", Kind.ERROR,
                "@Schedule's rates, decaySteps, decayRate and power are positive, its counts and thresholds at least 0,"
                        + " alpha in [0, 1], lastFraction in [0, 1), factor in (0, 1)");
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
            Range range = attribute.range();
            // Written as Defaults.UNSET (NaN), a value means what leaving it out means.
            if (!source.isExplicit(name) || !attribute.appliesTo(schedule.kind())
                    || range == Range.ANY || Double.isNaN(attribute.value(schedule))
                    || range.contains(attribute.value(schedule))) {
                continue;
            }
            findings.report(this, Location.of(source, name), new Message(
                    "@Schedule(" + schedule.kind() + ") " + name + " must be " + range.phrase() + ". Received: " + name
                            + " = " + Describe.value(source.value(name)) + ".",
                    "It is " + attribute.meaning() + ": " + attribute.why() + ".",
                    "Use a value such as " + attribute.example() + "."));
        }
    }
}
