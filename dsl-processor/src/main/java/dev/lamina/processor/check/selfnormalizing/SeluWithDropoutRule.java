package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.DropoutSpec;
import dev.lamina.processor.spec.LayerSpec;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/** A self-normalizing model uses AlphaDropout, which keeps the mean and variance, not plain Dropout. */
final class SeluWithDropoutRule extends Rule {

    SeluWithDropoutRule() {
        super("lamina:selu-with-dropout", Kind.WARNING,
                "A self-normalizing model (SELU hidden layers) uses @AlphaDropout, not @Dropout; an error under"
                        + " preset = SELF_NORMALIZING");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (!SelfNormalizing.applies(model)) {
            return;
        }
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof DropoutSpec dropout) {
                findings.report(this, SelfNormalizing.severity(model), Location.of(dropout.source()), new Message(
                        "Layer '" + dropout.name() + "' is a plain @Dropout in " + SelfNormalizing.model(model)
                                + ". Received: @Dropout(" + dropout.rate() + ").",
                        "Dropout sets inputs to 0 and scales the others up, which changes their mean and variance"
                                + " and breaks self-normalization; alpha dropout drops to SELU's negative saturation"
                                + " value and keeps both.",
                        "Use @AlphaDropout(" + dropout.rate() + ") instead, " + SelfNormalizing.otherwise(model)
                                + "."));
            }
        }
    }
}
