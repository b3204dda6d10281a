package dev.lamina.processor.check.preset;

import dev.lamina.dsl.Preset;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import javax.tools.Diagnostic.Kind;

/**
 * Under {@code preset = DEFAULT_DNN}, a deep net (more than {@value #MAX_SHALLOW} hidden Dense
 * layers) has Batch Normalization.
 */
final class DefaultDnnBatchNormRule extends Rule {
    /** The most hidden Dense layers of a net the default configuration calls shallow. */
    static final int MAX_SHALLOW = 5;

    DefaultDnnBatchNormRule() {
        super("lamina:default-dnn-batch-norm", Kind.WARNING,
                "Under preset = DEFAULT_DNN, a model with more than " + MAX_SHALLOW
                        + " hidden Dense layers has @BatchNorm");
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.preset() != Preset.DEFAULT_DNN
                || model.layers().stream().anyMatch(layer -> layer instanceof BatchNormSpec)) {
            return;
        }
        long hidden = model.hiddenLayers().stream().filter(layer -> layer instanceof DenseSpec).count();
        if (hidden <= MAX_SHALLOW) {
            return;
        }
        findings.report(this, Location.of(model.source(), AttributeNames.Model.PRESET), new Message(
                "Model '" + model.name() + "' has " + hidden + " hidden Dense layers and no Batch Normalization."
                        + " Received: preset = DEFAULT_DNN.",
                "The chapter's default configuration adds Batch Normalization to deep nets: it keeps each layer's"
                        + " inputs normalized while training, against vanishing and exploding gradients.",
                "Add a @BatchNorm layer after each hidden layer, or suppress this warning on the model."));
    }
}
