package dev.lamina.processor.check.stack;

import dev.lamina.dsl.Activation;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/** Softmax belongs on the output layer. A warning: it is legal, only almost always a slip. */
final class SoftmaxHiddenRule extends Rule {
    private static final String WHY = "Softmax squashes a layer's outputs into a probability distribution, which"
            + " throws away their scale and slows learning when the next layer needs features, not probabilities.";

    SoftmaxHiddenRule() {
        super("lamina:softmax-hidden", Kind.WARNING,
                "SOFTMAX is the activation of the output layer, not of a hidden layer");
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        List<LayerSpec> layers = model.layers();
        for (LayerSpec layer : layers.subList(0, Math.max(0, layers.size() - 1))) {
            if (layer instanceof ActivationLayerSpec activation && activation.activation() == Activation.SOFTMAX) {
                Location location = Location.of(activation.source(), AttributeNames.ActivationLayer.VALUE);
                findings.report(this, location, new Message(
                        "Hidden layer '" + activation.name() + "' is a softmax. Received: @ActivationLayer(SOFTMAX).",
                        WHY,
                        "Use @ActivationLayer(ELU) or @ActivationLayer(RELU) here and keep SOFTMAX for the output"
                                + " layer, or add @SuppressWarnings(\"" + id() + "\") to the method if this is"
                                + " intended."));
            }
            if (layer instanceof DenseSpec dense && dense.activation() == Activation.SOFTMAX) {
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.ACT), new Message(
                        "Hidden layer '" + dense.name() + "' uses softmax. Received: "
                                + Describe.activation(dense) + ".",
                        WHY,
                        "Use act = RELU or act = ELU here and keep SOFTMAX for the output layer, or add"
                                + " @SuppressWarnings(\"" + id() + "\") to the method if this is intended."));
            }
        }
    }
}
