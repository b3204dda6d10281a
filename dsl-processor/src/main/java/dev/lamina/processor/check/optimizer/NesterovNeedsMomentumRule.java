package dev.lamina.processor.check.optimizer;

import dev.lamina.dsl.OptimizerKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import javax.tools.Diagnostic.Kind;

/** SGD's {@code nesterov = true} comes with a momentum; without one it would do nothing. */
final class NesterovNeedsMomentumRule extends Rule {

    NesterovNeedsMomentumRule() {
        super("lamina:nesterov-needs-momentum", Kind.ERROR,
                "@Optimizer(nesterov = true) comes with a momentum above 0");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        // For another kind, nesterov itself is OptimizerAttributeRule's to reject.
        if (optimizer.kind() == OptimizerKind.SGD && optimizer.nesterov() && optimizer.momentum() == 0) {
            Location location = Location.of(optimizer.source().orElseThrow(), AttributeNames.Optimizer.NESTEROV);
            findings.report(this, location, new Message(
                    "@Optimizer sets nesterov = true without a momentum. Received: momentum = "
                            + optimizer.momentum() + ".",
                    "Nesterov momentum looks ahead along the velocity, and without momentum there is no velocity:"
                            + " training would silently be plain SGD.",
                    "Set a momentum, e.g. momentum = 0.9, or remove nesterov = true."));
        }
    }
}
