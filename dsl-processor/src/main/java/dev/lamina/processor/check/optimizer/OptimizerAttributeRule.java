package dev.lamina.processor.check.optimizer;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.KindAttribute;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import java.util.List;
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
        KindAttribute.reportMisplaced(this, findings, optimizer.source().get(),
                "@Optimizer(value = " + optimizer.kind() + ")", optimizer.kind(), List.of(OptimizerAttribute.values()));
    }
}
