package dev.lamina.processor.check;

import dev.lamina.processor.spec.EarlyStoppingSpec;
import dev.lamina.processor.spec.ModelSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @EarlyStopping} monitors a quantity the model reports each epoch, as a PLATEAU schedule
 * does (see {@link PlateauMonitorRule}). Keras only warns about an unknown name, and never stops.
 */
final class EarlyStoppingMonitorRule implements Rule {

    @Override
    public String id() {
        return "lamina:early-stopping-monitor";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "@EarlyStopping monitors loss, val_loss, or a metric of the model (with or without val_)";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.earlyStopping().isEmpty()) {
            return;
        }
        EarlyStoppingSpec spec = model.earlyStopping().get();
        List<String> reported = PlateauMonitorRule.reported(model);
        if (!reported.contains(spec.monitor())) {
            findings.report(this, Location.of(spec.source(), "monitor"), new Message(
                    "@EarlyStopping monitors \"" + spec.monitor() + "\", which model '" + model.name()
                            + "' does not report. Received: monitor = \"" + spec.monitor() + "\".",
                    "Training stops when the monitored quantity stops improving; a quantity that is never reported"
                            + " never stops, so training would never stop early.",
                    "Use " + Describe.alternatives(reported.stream().map(name -> "\"" + name + "\"").toList())
                            + "."));
        }
    }
}
