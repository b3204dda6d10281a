package dev.lamina.processor.check.preset;

import dev.lamina.dsl.OptimizerKind;
import dev.lamina.dsl.Preset;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import javax.tools.Diagnostic.Kind;

/** Under {@code preset = DEFAULT_DNN}, an SGD optimizer has momentum. */
final class DefaultDnnMomentumRule extends Rule {

    DefaultDnnMomentumRule() {
        super("lamina:default-dnn-momentum", Kind.WARNING, "Under preset = DEFAULT_DNN, an SGD optimizer has momentum");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        if (model.preset() != Preset.DEFAULT_DNN || optimizer.kind() != OptimizerKind.SGD
                || optimizer.momentum() > 0) {
            return;
        }
        boolean written = optimizer.isExplicit(AttributeNames.Optimizer.MOMENTUM);
        Location location = Location.of(optimizer.source().orElseThrow(),
                written ? AttributeNames.Optimizer.MOMENTUM : AttributeNames.Optimizer.VALUE);
        findings.report(this, location,
                new Message(
                        "Model '" + model.name() + "' trains with plain SGD. Received: @Optimizer(SGD), momentum = "
                                + optimizer.momentum() + (written ? "" : " (the default)") + ", with preset ="
                                + " DEFAULT_DNN.",
                        "Plain gradient descent takes small regular steps and is much slower to converge; the"
                                + " chapter's default configuration uses momentum optimization (or Nesterov, RMSProp,"
                                + " Adam, Nadam).",
                        "Set momentum = 0.9 (and nesterov = true), or choose NADAM."));
    }
}
