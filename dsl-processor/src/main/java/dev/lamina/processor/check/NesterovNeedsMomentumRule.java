package dev.lamina.processor.check;

import dev.lamina.dsl.OptimizerKind;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import javax.tools.Diagnostic.Kind;

/** SGD's {@code nesterov = true} comes with a momentum; without one it would do nothing. */
final class NesterovNeedsMomentumRule implements Rule {

    @Override
    public String id() {
        return "lamina:nesterov-needs-momentum";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "@Optimizer(nesterov = true) comes with a momentum above 0";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        // For another kind, nesterov itself is OptimizerAttributeRule's to reject.
        if (optimizer.kind() == OptimizerKind.SGD && optimizer.nesterov() && optimizer.momentum() == 0) {
            findings.report(this, Location.of(optimizer.source().orElseThrow(), "nesterov"), new Message(
                    "@Optimizer sets nesterov = true without a momentum. Received: momentum = "
                            + optimizer.momentum() + ".",
                    "Nesterov momentum looks ahead along the velocity, and without momentum there is no velocity:"
                            + " training would silently be plain SGD.",
                    "Set a momentum, e.g. momentum = 0.9, or remove nesterov = true."));
        }
    }
}
