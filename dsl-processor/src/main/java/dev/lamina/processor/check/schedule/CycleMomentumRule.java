package dev.lamina.processor.check.schedule;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import javax.tools.Diagnostic.Kind;

/**
 * 1cycle's momentum cycling needs an optimizer with momentum: β1 above 0 (Adam, Nadam, Adamax,
 * AdamW) or SGD with a momentum above 0. AdaGrad and RMSProp have none that 1cycle cycles.
 */
final class CycleMomentumRule extends Rule {

    CycleMomentumRule() {
        super("lamina:cycle-momentum", Kind.ERROR,
                "@Schedule(cycleMomentum = true) comes with an optimizer that has momentum");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        // cycleMomentum on another kind is ScheduleAttributeRule's to reject.
        if (!model.schedule().cycleMomentum() || hasMomentum(model.optimizer())) {
            return;
        }
        OptimizerSpec optimizer = model.optimizer();
        String received = switch (optimizer.kind()) {
            case SGD -> "@Optimizer(value = SGD, momentum = " + optimizer.momentum() + ")";
            case ADAGRAD, RMSPROP -> "@Optimizer(value = " + optimizer.kind() + ")";
            default -> "@Optimizer(value = " + optimizer.kind() + ", beta1 = " + optimizer.beta1() + ")";
        };
        findings.report(this, Location.of(model.schedule().source().orElseThrow(), AttributeNames.Schedule.CYCLE_MOMENTUM),
                new Message(
                        "@Schedule(cycleMomentum = true) needs an optimizer with momentum. Received: " + received + ".",
                        "1cycle lowers the momentum while the rate rises and raises it back; an optimizer without"
                                + " momentum has nothing to cycle, and cycling would turn momentum on behind the"
                                + " declaration's back.",
                        "Use SGD with a momentum (e.g. momentum = 0.9) or an Adam-family optimizer with beta1 above 0,"
                                + " or remove cycleMomentum = true."));
    }

    private static boolean hasMomentum(OptimizerSpec optimizer) {
        return switch (optimizer.kind()) {
            case SGD -> optimizer.momentum() > 0;
            case ADAGRAD, RMSPROP -> false;
            case ADAM, NADAM, ADAMAX, ADAMW -> optimizer.beta1() > 0;
        };
    }
}
