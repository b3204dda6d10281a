package dev.lamina.processor.check.output;

import dev.lamina.dsl.Loss;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A model that reconstructs its input ({@code target = INPUT}) is trained with a loss that
 * compares values, not classes: mean squared error, or binary cross-entropy for inputs in [0, 1].
 */
final class ReconstructionLossRule extends Rule {

    ReconstructionLossRule() {
        super("lamina:reconstruction-loss", Kind.ERROR,
                "A model with target = INPUT is trained with MEAN_SQUARED_ERROR or BINARY_CROSSENTROPY");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (!model.reconstructsInput() || model.loss() != Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
            return;
        }
        findings.report(this, Location.of(model.source(), AttributeNames.Model.LOSS), new Message(
                "Model '" + model.name() + "' reconstructs its input (target = INPUT) and cannot be trained with"
                        + " loss = SPARSE_CATEGORICAL_CROSSENTROPY. Received: loss = SPARSE_CATEGORICAL_CROSSENTROPY.",
                "Sparse categorical cross-entropy scores a probability per class against an integer label, and a"
                        + " reconstruction has no classes: its target is every value of the input.",
                "Use loss = BINARY_CROSSENTROPY with a SIGMOID output for inputs in [0, 1], or"
                        + " loss = MEAN_SQUARED_ERROR; to classify, remove target = INPUT."));
    }
}
