package dev.lamina.processor.check.schedule;

import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.check.callback.Monitors;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A PLATEAU schedule monitors a quantity the model reports each epoch: {@code loss},
 * {@code val_loss}, or one of its metrics, with or without {@code val_}. Keras only warns about an
 * unknown name, and the rate then never drops.
 */
final class PlateauMonitorRule extends Rule {

    PlateauMonitorRule() {
        super("lamina:plateau-monitor", Kind.ERROR,
                "A PLATEAU schedule monitors loss, val_loss, or a metric of the model (with or without val_)");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        if (schedule.kind() != ScheduleKind.PLATEAU) {
            return;
        }
        if (!Monitors.reported(model).contains(schedule.monitor())) {
            // The default, val_loss, is always reported: a wrong name was written.
            findings.report(this, Location.of(schedule.source().orElseThrow(), AttributeNames.Schedule.MONITOR),
                    Monitors.unreported("@Schedule(PLATEAU)", schedule.monitor(), model, "The rate drops",
                            "the rate would never drop"));
        }
    }
}
