package dev.lamina.processor.check;

import dev.lamina.dsl.Metric;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * A PLATEAU schedule monitors a quantity the model reports each epoch: {@code loss},
 * {@code val_loss}, or one of its metrics, with or without {@code val_}. Keras only warns about an
 * unknown name, and the rate then never drops.
 */
final class PlateauMonitorRule implements Rule {

    @Override
    public String id() {
        return "lamina:plateau-monitor";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "A PLATEAU schedule monitors loss, val_loss, or a metric of the model (with or without val_)";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        if (schedule.kind() != ScheduleKind.PLATEAU) {
            return;
        }
        List<String> reported = reported(model);
        if (!reported.contains(schedule.monitor())) {
            // The default, val_loss, is always reported: a wrong name was written.
            findings.report(this, Location.of(schedule.source().orElseThrow(), "monitor"), new Message(
                    "@Schedule(PLATEAU) monitors \"" + schedule.monitor() + "\", which model '" + model.name()
                            + "' does not report. Received: monitor = \"" + schedule.monitor() + "\".",
                    "The rate drops when the monitored quantity stops improving; a quantity that is never reported"
                            + " never stops, so the rate would never drop.",
                    "Use " + Describe.alternatives(reported.stream().map(name -> "\"" + name + "\"").toList())
                            + "."));
        }
    }

    /**
     * What the model reports each epoch, as the runtime names it in its logs: an accuracy only for
     * a classification (see {@link ModelSpec#hasAccuracy()}), whatever the metrics declare.
     */
    static List<String> reported(ModelSpec model) {
        List<String> names = new ArrayList<>(List.of("loss", "val_loss"));
        for (Metric metric : model.metrics()) {
            if (metric == Metric.ACCURACY && !model.hasAccuracy()) {
                continue;
            }
            String name = metric.name().toLowerCase(Locale.ROOT);
            names.add(name);
            names.add("val_" + name);
        }
        return names;
    }
}
