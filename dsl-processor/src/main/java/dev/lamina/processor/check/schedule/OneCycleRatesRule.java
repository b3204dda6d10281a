package dev.lamina.processor.check.schedule;

import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import javax.tools.Diagnostic.Kind;

/** 1cycle climbs from its start rate to its max rate: the max rate is not below the start rate. */
final class OneCycleRatesRule extends Rule {

    OneCycleRatesRule() {
        super("lamina:one-cycle-rates", Kind.ERROR, "A ONE_CYCLE schedule's maxRate is not below its startRate");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        // The default start rate is maxRate / 10, always below it.
        if (schedule.kind() != ScheduleKind.ONE_CYCLE || !schedule.isExplicit(AttributeNames.Schedule.START_RATE)
                || !(schedule.maxRate() < schedule.startRate())) {
            return;
        }
        boolean maxWritten = schedule.isExplicit(AttributeNames.Schedule.MAX_RATE);
        String max = maxWritten
                ? "maxRate = " + schedule.maxRate()
                : "maxRate = " + schedule.maxRate() + " (the optimizer's learning rate)";
        Location location = Location.of(schedule.source().orElseThrow(),
                maxWritten ? AttributeNames.Schedule.MAX_RATE : AttributeNames.Schedule.START_RATE);
        findings.report(this, location,
                new Message(
                        "@Schedule(ONE_CYCLE) maxRate must not be below startRate. Received: " + max + ", startRate = "
                                + schedule.startRate() + ".",
                        "1cycle climbs from the start rate to the max rate over the first half of training and back"
                                + " down; with the max below the start the cycle would run upside down.",
                        "Raise maxRate or lower startRate; Geron's default start is maxRate / 10."));
    }
}
