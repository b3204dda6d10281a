package dev.lamina.processor.check.selfnormalizing;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.HiddenActivation;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.spec.ModelSpec;

/** Every hidden layer of a self-normalizing model uses SELU: one other activation breaks the chain. */
final class SeluMixedActivationsRule extends SelfNormalizingRule {

    SeluMixedActivationsRule() {
        super("lamina:selu-mixed-activations", "Every hidden Dense layer of a self-normalizing model uses SELU");
    }

    @Override
    void checkSelfNormalizing(ModelSpec model, Findings findings) {
        for (HiddenActivation hidden : HiddenActivation.of(model)) {
            if (hidden.family() != HiddenActivation.Family.SELU) {
                report(model, findings, hidden.location(), new Message(
                        "Hidden layer '" + hidden.dense().name() + "' uses " + hidden.name() + " in "
                                + SelfNormalizing.model(model) + ". Received: " + hidden.describe() + ".",
                        "Self-normalization holds from layer to layer only when every hidden layer is a SELU"
                                + " Dense layer; one layer of another activation shifts the mean and variance that"
                                + " the next SELU layer relies on.",
                        "Use act = SELU with init = LECUN_NORMAL on '" + hidden.dense().name() + "', "
                                + SelfNormalizing.otherwise(model) + "."));
            }
        }
    }
}
