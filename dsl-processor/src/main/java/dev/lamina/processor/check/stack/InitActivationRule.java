package dev.lamina.processor.check.stack;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.HiddenActivation;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A hidden Dense layer's kernel initializer fits the activation that acts on its output (the
 * chapter's Table 11-1): He for the ReLU family, LeCun for SELU, Glorot for sigmoid, tanh and
 * softmax. The output layer is exempt: its activation serves the loss, not the next layer.
 */
final class InitActivationRule extends Rule {

    InitActivationRule() {
        super("lamina:init-activation", Kind.WARNING,
                "A hidden Dense layer's initializer fits its activation: He for the ReLU family, LeCun for SELU,"
                        + " Glorot for sigmoid, tanh and softmax");
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (HiddenActivation hidden : HiddenActivation.of(model)) {
            DenseSpec dense = hidden.dense();
            // A constant kernel fits no activation; ConstantInitRule says so.
            if (ConstantInitRule.applies(dense)) {
                continue;
            }
            InitFamily init = InitFamily.of(dense);
            switch (hidden.family()) {
                case RELU -> {
                    if (init == InitFamily.GLOROT || init == InitFamily.LECUN) {
                        report(hidden, "He", findings,
                                "ReLU and its variants zero (or nearly zero) the negative half of their inputs, so"
                                        + " they need weights of twice the variance " + init.title() + " gives (He"
                                        + " initialization, variance 2 / fan_in); with less, the signal shrinks"
                                        + " layer after layer and the gradients vanish.",
                                fix(dense, "HE_NORMAL (or HE_UNIFORM)", "scale = 2.0, mode = FAN_IN"));
                    }
                }
                case SELU -> {
                    if (init != InitFamily.LECUN) {
                        report(hidden, "LeCun normal", findings,
                                "SELU keeps each layer's outputs at mean 0 and standard deviation 1 only with LeCun"
                                        + " normal initialization (variance 1 / fan_in); with "
                                        + (init == InitFamily.OTHER ? "another initializer" : init.title()
                                                + " initialization") + " the network does not self-normalize.",
                                fix(dense, "LECUN_NORMAL", "scale = 1.0, mode = FAN_IN"));
                    }
                }
                case SATURATING -> {
                    if (init == InitFamily.HE) {
                        report(hidden, "Glorot", findings,
                                "He initialization doubles the variance to make up for what ReLU zeroes; sigmoid,"
                                        + " tanh and softmax zero nothing, so the larger weights push them into"
                                        + " saturation, where their gradient is almost 0 (Glorot initialization,"
                                        + " variance 2 / (fan_in + fan_out), is made for them).",
                                fix(dense, "GLOROT_UNIFORM (the default) or GLOROT_NORMAL",
                                        "scale = 1.0, mode = FAN_AVG") + " Or use ELU or RELU, with He.");
                    }
                }
                case LINEAR -> { }
            }
        }
    }

    /** "Set init = X." or, for a {@code @VarianceScaling}, how to change or replace it. */
    private static String fix(DenseSpec dense, String init, String scaling) {
        return dense.varianceScaling().isPresent()
                ? "Give @VarianceScaling " + scaling + ", or replace it with init = " + init + "."
                : "Set init = " + init + ".";
    }

    private void report(HiddenActivation hidden, String needed, Findings findings, String why, String fix) {
        DenseSpec dense = hidden.dense();
        Location location = dense.varianceScaling()
                .map(scaling -> Location.of(scaling.source()))
                .orElse(Location.of(dense.source(), AttributeNames.Dense.INIT));
        findings.report(this, location, new Message(
                "Layer '" + dense.name() + "': " + hidden.name() + " needs " + needed + " initialization. Received: "
                        + InitFamily.describe(dense) + ", " + hidden.describe() + ".",
                why, fix));
    }
}
