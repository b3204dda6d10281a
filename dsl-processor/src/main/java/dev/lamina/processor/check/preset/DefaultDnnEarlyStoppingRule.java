package dev.lamina.processor.check.preset;

import dev.lamina.dsl.Preset;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/** Under {@code preset = DEFAULT_DNN}, the model declares {@code @EarlyStopping}. */
final class DefaultDnnEarlyStoppingRule extends Rule {

    DefaultDnnEarlyStoppingRule() {
        super("lamina:default-dnn-early-stopping", Kind.WARNING,
                "Under preset = DEFAULT_DNN, the model declares @EarlyStopping");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.preset() != Preset.DEFAULT_DNN || model.earlyStopping().isPresent()) {
            return;
        }
        findings.report(this, Location.of(model.source(), AttributeNames.Model.PRESET), new Message(
                "Model '" + model.name() + "' declares no early stopping. Received: preset = DEFAULT_DNN without"
                        + " @EarlyStopping.",
                "The chapter's default configuration regularizes with early stopping: training stops when the"
                        + " validation loss stops improving, before the model overfits.",
                "Add @EarlyStopping(patience = 10, restoreBest = true) to '" + model.name() + "', or suppress this"
                        + " warning if fit is given an EarlyStopping callback."));
    }
}
