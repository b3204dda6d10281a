package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/** A model declares at least one layer. */
final class NoLayersRule extends Rule {

    NoLayersRule() {
        super("lamina:no-layers", Kind.ERROR, "A model declares at least one layer");
        establish(Requirement.LAYER_STACK);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        // Methods that are there but not layers are MissingLayerAnnotationRule's to report.
        if (model.declarations().isEmpty()) {
            findings.report(this, Location.of(model.type()), new Message(
                    "Model '" + model.name() + "' declares no layers. Received: no abstract methods.",
                    "Each abstract method of a @Model type is one layer, in order, and a network needs at least"
                            + " its output layer.",
                    "Add one abstract method per layer, ending with the output layer, e.g."
                            + " '@Dense(units = 10, act = SOFTMAX) Layer output();'."));
        }
    }
}
