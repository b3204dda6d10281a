package dev.lamina.processor.check.stack;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.LayerShape;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A Dense layer receives one vector per example. Keras would apply a Dense layer to the last
 * axis of a larger input; Lamina's runtime does not, and on images that is rarely what was meant.
 */
final class DenseNeedsFlattenRule extends Rule {

    DenseNeedsFlattenRule() {
        super("lamina:dense-needs-flatten", Kind.ERROR,
                "A @Dense layer receives a vector per example; a @Flatten comes before it when the input has more"
                        + " dimensions");
        require(Requirement.SHAPES);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerShape shape : context.shapes()) {
            if (shape.layer() instanceof DenseSpec dense && shape.input().rank() > 1) {
                findings.report(this, Location.of(dense.source()), new Message(
                        "Layer '" + dense.name() + "': @Dense needs a vector per example. Received: input of shape "
                                + shape.input() + ".",
                        "Its kernel has one row per input value, so each example must arrive as a single vector.",
                        "Add '@Flatten Layer flatten();' before '" + dense.name() + "' to turn each " + shape.input()
                                + " example into a vector of " + shape.input().size() + " values."));
            }
        }
    }
}
