package dev.lamina.processor.check.stack;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.HiddenActivation;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * More than {@value #MAX_SATURATING} sigmoid or tanh hidden layers without Batch Normalization:
 * the configuration in which the chapter shows gradients vanishing.
 */
final class SaturatingDeepStackRule extends Rule {
    /** The most sigmoid or tanh hidden layers a model stacks without a warning. */
    static final int MAX_SATURATING = 3;

    SaturatingDeepStackRule() {
        super("lamina:saturating-deep-stack", Kind.WARNING,
                "A model with more than " + MAX_SATURATING + " sigmoid or tanh hidden layers has Batch Normalization");
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.layers().stream().anyMatch(layer -> layer instanceof BatchNormSpec)) {
            return;
        }
        List<HiddenActivation> saturating = HiddenActivation.of(model).stream()
                .filter(hidden -> hidden.name().equals("SIGMOID") || hidden.name().equals("TANH"))
                .toList();
        if (saturating.size() <= MAX_SATURATING) {
            return;
        }
        HiddenActivation first = saturating.get(MAX_SATURATING);
        findings.report(this, first.location(), new Message(
                "Model '" + model.name() + "' stacks " + saturating.size() + " sigmoid or tanh hidden layers without"
                        + " Batch Normalization. Received: " + first.describe() + " on '" + first.dense().name()
                        + "', the " + ordinal(MAX_SATURATING + 1) + " of them.",
                "Sigmoid and tanh saturate for large inputs, where their gradient is almost 0; through a deep stack"
                        + " the gradients reaching the lower layers vanish, and those layers barely train (Glorot and"
                        + " Bengio, 2010).",
                "Use act = ELU or RELU with init = HE_NORMAL, or add a @BatchNorm layer after each hidden layer."));
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }
}
