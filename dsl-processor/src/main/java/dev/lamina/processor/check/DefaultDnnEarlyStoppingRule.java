package dev.lamina.processor.check;

import dev.lamina.dsl.Preset;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/** Under {@code preset = DEFAULT_DNN}, the model declares {@code @EarlyStopping}. */
final class DefaultDnnEarlyStoppingRule implements Rule {

    @Override
    public String id() {
        return "lamina:default-dnn-early-stopping";
    }

    @Override
    public Kind severity() {
        return Kind.WARNING;
    }

    @Override
    public String summary() {
        return "Under preset = DEFAULT_DNN, the model declares @EarlyStopping";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.preset() != Preset.DEFAULT_DNN || model.earlyStopping().isPresent()) {
            return;
        }
        findings.report(this, Location.of(model.source(), "preset"), new Message(
                "Model '" + model.name() + "' declares no early stopping. Received: preset = DEFAULT_DNN without"
                        + " @EarlyStopping.",
                "The chapter's default configuration regularizes with early stopping: training stops when the"
                        + " validation loss stops improving, before the model overfits.",
                "Add @EarlyStopping(patience = 10, restoreBest = true) to '" + model.name() + "', or suppress this"
                        + " warning if fit is given an EarlyStopping callback."));
    }
}
