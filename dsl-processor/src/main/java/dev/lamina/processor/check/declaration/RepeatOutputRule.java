package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RepeatSpec;
import javax.tools.Diagnostic.Kind;

/**
 * The output layer, the last layer method, is not repeated: the loss reads one layer, and the
 * other repetitions would be hidden layers with the output layer's units and activation.
 */
final class RepeatOutputRule extends Rule {

    RepeatOutputRule() {
        super("lamina:repeat-output", Kind.ERROR,
                "The output layer (the last layer method) carries no @Repeat");
        establish(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.declarations().isEmpty()) {
            return;
        }
        LayerDeclaration last = model.declarations().get(model.declarations().size() - 1);
        if (last.repeat().isEmpty()) {
            return;
        }
        RepeatSpec repeat = last.repeat().get();
        String name = last.methodName();
        findings.report(this, Location.of(repeat.source()), new Message(
                "Output layer '" + name + "'" + Describe.declaredIn(last, model) + " is repeated. Received: @Repeat("
                        + repeat.count() + ") on " + name + "(), the model's last layer method.",
                "The loss reads one output layer, the last: only the last repetition would be it, and the others"
                        + " would be hidden layers with the output layer's units and activation.",
                "Remove @Repeat from " + name + "(), and repeat the hidden layer before it instead: e.g."
                        + " '@Repeat(n) @Dense(...) List<Dense> hidden();' then '@Dense(units = 10, act = SOFTMAX)"
                        + " Layer " + name + "();'."));
    }
}
