package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DropoutSpec;
import dev.lamina.processor.spec.layer.LayerSpec;

/** A self-normalizing model uses AlphaDropout, which keeps the mean and variance, not plain Dropout. */
final class SeluWithDropoutRule extends SelfNormalizingRule {

    SeluWithDropoutRule() {
        super("lamina:selu-with-dropout",
                "A self-normalizing model (SELU hidden layers) uses @AlphaDropout, not @Dropout");
    }

    @Override
    void checkSelfNormalizing(ModelSpec model, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof DropoutSpec dropout) {
                report(model, findings, Location.of(dropout.source()), new Message(
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
