package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.StandardizeSpec;
import javax.tools.Diagnostic.Kind;

/** A self-normalizing model standardizes its input: its first layer is {@code @Standardize}. */
final class SeluWithoutStandardizationRule extends SelfNormalizingRule {

    SeluWithoutStandardizationRule() {
        super("lamina:selu-without-standardization",
                "A self-normalizing model (SELU hidden layers) starts with @Standardize");
    }

    @Override
    void checkSelfNormalizing(ModelSpec model, Findings findings) {
        if (model.layers().isEmpty() || model.layers().get(0) instanceof StandardizeSpec) {
            return;
        }
        report(model, findings, Location.of(model.source()), new Message(
                "Model '" + model.name() + "' " + SelfNormalizing.modelIs(model) + " and does not standardize its"
                        + " input. Received: first layer '" + model.layers().get(0).name() + "', a "
                        + model.layers().get(0).source().annotationName() + ".",
                "Self-normalization assumes inputs with mean 0 and standard deviation 1, as the chapter's"
                        + " standardized images; raw inputs such as pixel intensities start the first layers away"
                        + " from that.",
                "Add '@Standardize Layer standardize();' as the first layer: it computes the mean and standard"
                        + " deviation from the training data" + (SelfNormalizing.severity(model) == Kind.WARNING
                                ? ". If the data is standardized before fit, suppress this warning on the model."
                                : ".")));
    }
}
