package dev.lamina.processor.check.layer;

import dev.lamina.dsl.Init;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @Dense(biasInit = ...)} initializes a bias the layer has ({@code useBias = true}), with
 * an initializer a vector can take (not {@code ORTHOGONAL}, which needs a matrix).
 */
final class BiasInitRule extends Rule {

    BiasInitRule() {
        super("lamina:bias-init", Kind.ERROR, "@Dense biasInit is set only with useBias = true, and is not ORTHOGONAL");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (!(layer instanceof DenseSpec dense) || !dense.source().isExplicit(AttributeNames.Dense.BIAS_INIT)) {
                continue;
            }
            if (!dense.useBias()) {
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.BIAS_INIT), new Message(
                        "Layer '" + dense.name() + "' sets biasInit but has no bias. Received: useBias = false,"
                                + " biasInit = " + dense.biasInit() + ".",
                        "A Dense layer declared with useBias = false has no bias to initialize; Lamina rejects a"
                                + " setting rather than ignore it.",
                        "Remove biasInit, or set useBias = true."));
            } else if (dense.biasInit() == Init.ORTHOGONAL) {
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.BIAS_INIT), new Message(
                        "Layer '" + dense.name() + "': biasInit cannot be ORTHOGONAL. Received: biasInit = ORTHOGONAL.",
                        "An orthogonal initializer makes a matrix with orthonormal rows or columns, and a bias is a"
                                + " vector; Keras rejects it too.",
                        "Leave biasInit to its default, ZEROS, or choose another initializer."));
            }
        }
    }
}
