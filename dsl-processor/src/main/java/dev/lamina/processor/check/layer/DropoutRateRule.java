package dev.lamina.processor.check.layer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.AlphaDropoutSpec;
import dev.lamina.processor.spec.layer.DropoutSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.tools.Diagnostic.Kind;

/** A dropout rate ({@code @Dropout}, {@code @AlphaDropout}) is the fraction of inputs dropped: in [0, 1). */
final class DropoutRateRule extends Rule {

    DropoutRateRule() {
        super("lamina:dropout-rate", Kind.ERROR, "The rate of @Dropout and @AlphaDropout is in [0, 1)");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof DropoutSpec dropout) {
                check(layer, AttributeNames.Dropout.VALUE, dropout.rate(), findings);
            } else if (layer instanceof AlphaDropoutSpec alphaDropout) {
                check(layer, AttributeNames.AlphaDropout.VALUE, alphaDropout.rate(), findings);
            }
        }
    }

    /** @param attribute the attribute that holds the rate */
    private void check(LayerSpec layer, String attribute, double rate, Findings findings) {
        if (rate >= 0 && rate < 1) {
            return;
        }
        String annotation = layer.source().annotationName();
        findings.report(this, Location.of(layer.source(), attribute), new Message(
                "Layer '" + layer.name() + "': the " + annotation + " rate must be in [0, 1). Received: " + annotation
                        + "(" + rate + ").",
                "It is the fraction of inputs dropped at each training step (not the fraction kept): at 1 nothing"
                        + " would reach the next layer, and outside [0, 1] it is not a fraction.",
                "Use a rate such as " + annotation + "(0.2); rates from 0.1 to 0.5 are usual."));
    }
}
