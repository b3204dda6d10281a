package dev.lamina.processor.check.callback;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.EarlyStoppingSpec;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @EarlyStopping} monitors a quantity the model reports each epoch, as a PLATEAU schedule
 * does (see {@code lamina:plateau-monitor}). Keras only warns about an unknown name, and never stops.
 */
final class EarlyStoppingMonitorRule extends Rule {

    EarlyStoppingMonitorRule() {
        super("lamina:early-stopping-monitor", Kind.ERROR,
                "@EarlyStopping monitors loss, val_loss, or a metric of the model (with or without val_)");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.earlyStopping().isEmpty()) {
            return;
        }
        EarlyStoppingSpec spec = model.earlyStopping().get();
        if (!Monitors.reported(model).contains(spec.monitor())) {
            findings.report(this, Location.of(spec.source(), AttributeNames.EarlyStopping.MONITOR),
                    Monitors.unreported("@EarlyStopping", spec.monitor(), model, "Training stops",
                            "training would never stop early"));
        }
    }
}
