package dev.lamina.processor.check.optimizer;

import dev.lamina.dsl.OptimizerKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import javax.tools.Diagnostic.Kind;

/** AdaGrad on a net with more than {@value #MAX_HIDDEN} hidden Dense layers: it often stops too early. */
final class AdagradDeepRule extends Rule {
    /** The most hidden Dense layers a model trained with AdaGrad has without a warning. */
    static final int MAX_HIDDEN = 2;

    AdagradDeepRule() {
        super("lamina:adagrad-deep", Kind.WARNING,
                "A model trained with ADAGRAD has at most " + MAX_HIDDEN + " hidden Dense layers");
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.optimizer().kind() != OptimizerKind.ADAGRAD) {
            return;
        }
        long hidden = model.hiddenLayers().stream().filter(layer -> layer instanceof DenseSpec).count();
        if (hidden <= MAX_HIDDEN) {
            return;
        }
        Location location = Location.of(model.optimizer().source().orElseThrow(), AttributeNames.Optimizer.VALUE);
        findings.report(this, location, new Message(
                "Model '" + model.name() + "' trains " + hidden + " hidden Dense layers with AdaGrad. Received:"
                        + " @Optimizer(ADAGRAD).",
                "AdaGrad divides each step by the root of all past squared gradients, so its learning rate only"
                        + " shrinks; on deep networks it often slows down too much and stops before reaching the"
                        + " optimum (the chapter advises against it for deep networks).",
                "Use RMSPROP, ADAM or NADAM, which weigh recent gradients more and keep learning; suppress this"
                        + " warning to compare optimizers on purpose."));
    }
}
