package dev.lamina.processor.check.stack;

import dev.lamina.dsl.Activation;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.Stack;
import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * A Dense layer with an activation of its own is not followed directly by an activation layer,
 * which would apply a second activation to its output.
 */
final class ActivationTwiceRule extends Rule {

    ActivationTwiceRule() {
        super("lamina:activation-twice", Kind.WARNING,
                "A @Dense with an activation is not followed directly by an activation layer");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        List<LayerSpec> layers = model.layers();
        for (int i = 0; i + 1 < layers.size(); i++) {
            LayerSpec next = layers.get(i + 1);
            if (layers.get(i) instanceof DenseSpec dense && dense.activation() != Activation.LINEAR
                    && Stack.isActivationLayer(next)
                    && !(next instanceof ActivationLayerSpec layer && layer.activation() == Activation.LINEAR)) {
                String second = next instanceof ActivationLayerSpec layer
                        ? "@ActivationLayer(" + layer.activation() + ")"
                        : next.source().annotationName();
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.ACT), new Message(
                        "Layer '" + dense.name() + "' has an activation and is followed directly by activation"
                                + " layer '" + next.name() + "', which applies another. Received: "
                                + Describe.activation(dense) + ", then " + second + ".",
                        "An activation layer exists for a Dense layer without one (act = LINEAR), as in the"
                                + " chapter's Dense, BatchNorm, activation; after an activation it bends the"
                                + " already-activated outputs a second time.",
                        "Remove act from '" + dense.name() + "' (leave it LINEAR) to keep '" + next.name()
                                + "', or remove '" + next.name() + "'."));
            }
        }
    }
}
