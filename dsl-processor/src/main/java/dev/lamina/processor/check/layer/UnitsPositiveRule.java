package dev.lamina.processor.check.layer;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.tools.Diagnostic.Kind;

/** A Dense layer has at least one unit. */
final class UnitsPositiveRule extends Rule {

    UnitsPositiveRule() {
        super("lamina:units-positive", Kind.ERROR, "@Dense units is at least 1");
        establish(Requirement.SHAPES);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof DenseSpec dense && dense.units() < 1) {
                findings.report(this, Location.of(dense.source(), AttributeNames.Dense.UNITS), new Message(
                        "Layer '" + dense.name() + "': @Dense units must be at least 1. Received: units = "
                                + dense.units() + ".",
                        "A layer with no units has no outputs, so nothing can flow on to the next layer or the loss.",
                        "Set units to the number of outputs you need, e.g. units = 10 for ten classes."));
            }
        }
    }
}
