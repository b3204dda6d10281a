package dev.lamina.processor.check;

import dev.lamina.processor.spec.DenseSpec;
import dev.lamina.processor.spec.LayerSpec;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/** A Dense layer has at least one unit. */
final class UnitsPositiveRule implements Rule {

    @Override
    public String id() {
        return "lamina:units-positive";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "@Dense units is at least 1";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (layer instanceof DenseSpec dense && dense.units() < 1) {
                findings.report(this, Location.of(dense.source(), "units"), new Message(
                        "Layer '" + dense.name() + "': @Dense units must be at least 1. Received: units = "
                                + dense.units() + ".",
                        "A layer with no units has no outputs, so nothing can flow on to the next layer or the loss.",
                        "Set units to the number of outputs you need, e.g. units = 10 for ten classes."));
            }
        }
    }
}
