package dev.lamina.processor.check.optimizer;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.Source;
import javax.tools.Diagnostic.Kind;

/** Every attribute written in {@code @Optimizer} applies to the chosen optimizer; none is silently ignored. */
final class OptimizerAttributeRule extends Rule {

    OptimizerAttributeRule() {
        super("lamina:optimizer-attribute", Kind.ERROR,
                "Every attribute written in @Optimizer applies to the chosen optimizer");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        if (optimizer.source().isEmpty()) {
            return;
        }
        Source source = optimizer.source().get();
        for (OptimizerAttribute attribute : OptimizerAttribute.values()) {
            String name = attribute.attribute();
            if (source.isExplicit(name) && !attribute.appliesTo(optimizer.kind())) {
                findings.report(this, Location.of(source, name), new Message(
                        "@Optimizer(value = " + optimizer.kind() + ") does not use " + name + ". Received: " + name
                                + " = " + Describe.value(source.value(name)) + ".",
                        name + " is " + attribute.meaning() + ", which " + optimizer.kind() + " does not have;"
                                + " Lamina rejects a setting rather than ignore it.",
                        "Remove " + name + ", or choose value = " + attribute.kindsPhrase() + "."));
            }
        }
    }
}
