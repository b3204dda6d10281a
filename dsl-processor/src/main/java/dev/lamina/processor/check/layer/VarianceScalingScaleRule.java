package dev.lamina.processor.check.layer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.VarianceScalingSpec;
import javax.tools.Diagnostic.Kind;

/** {@code @VarianceScaling}'s scale is a variance times a fan: positive and finite. */
final class VarianceScalingScaleRule extends Rule {

    VarianceScalingScaleRule() {
        super("lamina:variance-scaling-scale", Kind.ERROR, "@VarianceScaling scale is positive and finite");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerDeclaration declaration : model.declarations()) {
            if (declaration.varianceScaling().isEmpty()) {
                continue;
            }
            VarianceScalingSpec scaling = declaration.varianceScaling().get();
            if (!(scaling.scale() > 0 && !Double.isInfinite(scaling.scale()))) {
                findings.report(this, Location.of(scaling.source(), AttributeNames.VarianceScaling.SCALE), new Message(
                        "Layer '" + declaration.name() + "': @VarianceScaling scale must be positive and finite."
                                + " Received: scale = " + scaling.scale() + ".",
                        "The initial weights get variance scale / n; a variance is positive, and at 0 every weight"
                                + " would start equal, so the units could never differ.",
                        "Use scale = 2.0 for He initialization (ReLU family) or scale = 1.0 for Glorot or LeCun."));
            }
        }
    }
}
