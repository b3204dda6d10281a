package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.LayerSpec;

/** A self-normalizing model has no Batch Normalization: SELU normalizes by itself. */
final class SeluWithBatchNormRule extends SelfNormalizingRule {

    SeluWithBatchNormRule() {
        super("lamina:selu-with-batchnorm", "A self-normalizing model (SELU hidden layers) has no @BatchNorm");
    }

    @Override
    void checkSelfNormalizing(ModelSpec model, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof BatchNormSpec batchNorm) {
                report(model, findings, Location.of(batchNorm.source()), new Message(
                        "Layer '" + batchNorm.name() + "' is a @BatchNorm in " + SelfNormalizing.model(model)
                                + ". Received: @BatchNorm.",
                        "A stack of SELU layers keeps its outputs at mean 0 and standard deviation 1 by itself;"
                                + " Batch Normalization rescales them with batch statistics, which self-normalization"
                                + " does not allow for (the chapter lists it among what breaks it).",
                        "Remove '" + batchNorm.name() + "', " + SelfNormalizing.otherwise(model) + "."));
            }
        }
    }
}
