package dev.lamina.processor.check.layer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.VarianceScalingSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @VarianceScaling} initializes a Dense kernel: it goes on a {@code @Dense} method, which
 * then does not also set {@code init}.
 */
final class VarianceScalingPlacementRule extends Rule {

    VarianceScalingPlacementRule() {
        super("lamina:variance-scaling-placement", Kind.ERROR,
                "@VarianceScaling is on a @Dense layer that does not also set init");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer.declaration().varianceScaling().isEmpty()) {
                continue;
            }
            VarianceScalingSpec scaling = layer.declaration().varianceScaling().get();
            if (!(layer instanceof DenseSpec dense)) {
                findings.report(this, Location.of(scaling.source()), new Message(
                        "Layer '" + layer.name() + "': @VarianceScaling initializes a Dense kernel, and "
                                + layer.source().annotationName() + " has none. Received: @VarianceScaling on "
                                + layer.source().annotationName() + ".",
                        "Only Dense layers have a kernel to initialize; Lamina rejects a setting rather than ignore"
                                + " it.",
                        "Move @VarianceScaling to the @Dense layer it is meant for, or remove it."));
            } else if (dense.source().isExplicit(AttributeNames.Dense.INIT)) {
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.INIT), new Message(
                        "Layer '" + dense.name() + "' sets both init and @VarianceScaling. Received: init = "
                                + dense.source().value(AttributeNames.Dense.INIT).getValue() + ".",
                        "Both initialize the kernel, and one of them would be silently ignored.",
                        "Keep @VarianceScaling and remove init, or keep init and remove @VarianceScaling."));
            }
        }
    }
}
