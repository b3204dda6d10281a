package dev.lamina.processor.check;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Loss;
import dev.lamina.processor.spec.ActivationLayerSpec;
import dev.lamina.processor.spec.AlphaDropoutSpec;
import dev.lamina.processor.spec.BatchNormSpec;
import dev.lamina.processor.spec.DenseSpec;
import dev.lamina.processor.spec.DropoutSpec;
import dev.lamina.processor.spec.LayerSpec;
import dev.lamina.processor.spec.LeakyReLUSpec;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.PReLUSpec;
import dev.lamina.processor.spec.RReLUSpec;
import javax.tools.Diagnostic.Kind;

/**
 * The last layer is a Dense layer whose activation and units fit the loss: a softmax over at
 * least two classes for sparse categorical cross-entropy, one sigmoid unit for binary
 * cross-entropy.
 */
final class OutputLayerRule implements Rule {

    @Override
    public String id() {
        return "lamina:output-layer";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "The last layer is a @Dense whose activation and units fit the loss";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        // A hole in the stack may be the real output layer; the declaration rules report it.
        if (!model.isStackComplete() || model.output().isEmpty()) {
            return;
        }
        LayerSpec output = model.output().get();
        if (!(output instanceof DenseSpec dense)) {
            findings.report(this, Location.of(output.source()), new Message(
                    "The last layer, '" + output.name() + "', must be the output layer, a @Dense. Received: "
                            + output.source().annotationName() + ".",
                    "The loss is computed from the output layer's pre-activations (its logits), which only a Dense"
                            + " layer has.",
                    fix(output, model.loss())));
            return;
        }
        switch (model.loss()) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> checkSparseCategorical(dense, findings);
            case BINARY_CROSSENTROPY -> checkBinary(dense, findings);
        }
    }

    private void checkSparseCategorical(DenseSpec output, Findings findings) {
        String loss = "loss = SPARSE_CATEGORICAL_CROSSENTROPY";
        if (output.activation() != Activation.SOFTMAX) {
            findings.report(this, Location.of(output.source(), "act"), new Message(
                    "Output layer '" + output.name() + "' must use act = SOFTMAX with " + loss + ". Received: act = "
                            + output.activation() + Describe.fromDefaults(output, "act") + ".",
                    "Sparse categorical cross-entropy scores a probability for each class against the integer label,"
                            + " and softmax is what turns the outputs into those probabilities.",
                    "Set act = SOFTMAX on '" + output.name() + "'."));
        }
        // Fewer than one unit is UnitsPositiveRule's.
        if (output.units() == 1) {
            findings.report(this, Location.of(output.source(), "units"), new Message(
                    "Output layer '" + output.name() + "' needs at least 2 units, one per class, with " + loss
                            + ". Received: units = 1.",
                    "A softmax over a single unit always outputs 1, so the model could not learn anything.",
                    "Set units to the number of classes, or for two classes use loss = BINARY_CROSSENTROPY with"
                            + " '@Dense(units = 1, act = SIGMOID)'."));
        }
    }

    private void checkBinary(DenseSpec output, Findings findings) {
        String loss = "loss = BINARY_CROSSENTROPY";
        if (output.activation() != Activation.SIGMOID) {
            findings.report(this, Location.of(output.source(), "act"), new Message(
                    "Output layer '" + output.name() + "' must use act = SIGMOID with " + loss + ". Received: act = "
                            + output.activation() + Describe.fromDefaults(output, "act") + ".",
                    "Binary cross-entropy scores the probability of the positive class against a 0/1 label, and"
                            + " sigmoid is what turns the output into that probability.",
                    "Set act = SIGMOID on '" + output.name() + "'."));
        }
        if (output.units() > 1) {
            findings.report(this, Location.of(output.source(), "units"), new Message(
                    "Output layer '" + output.name() + "' must have exactly 1 unit with " + loss
                            + ". Received: units = " + output.units() + ".",
                    "Binary cross-entropy compares one probability, that of the positive class, with each label.",
                    "Set units = 1, or for more than two classes use loss = SPARSE_CATEGORICAL_CROSSENTROPY with one"
                            + " SOFTMAX unit per class."));
        }
    }

    /** The fix for a model that ends with {@code last}, a layer that is not Dense: what to do with that layer. */
    private static String fix(LayerSpec last, Loss loss) {
        String example = "'" + example(loss) + "'";
        String name = "'" + last.name() + "'";
        if (last instanceof BatchNormSpec) {
            return "Batch Normalization normalizes the input of the next layer: move " + name + " before the output"
                    + " layer, and end the model with a Dense layer, e.g. " + example + ".";
        }
        if (last instanceof DropoutSpec || last instanceof AlphaDropoutSpec) {
            return "Dropout regularizes the layers it feeds, and would drop predictions after the output: move " + name
                    + " before the output layer, and end the model with a Dense layer, e.g. " + example + ".";
        }
        if (last instanceof ActivationLayerSpec || last instanceof LeakyReLUSpec || last instanceof PReLUSpec
                || last instanceof RReLUSpec) {
            return "The output's activation is its Dense layer's own: remove " + name + " and set act on the output"
                    + " layer, e.g. " + example + ".";
        }
        return "End the model with a Dense layer, e.g. " + example + ".";
    }

    private static String example(Loss loss) {
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> "@Dense(units = 10, act = SOFTMAX) Layer output();";
            case BINARY_CROSSENTROPY -> "@Dense(units = 1, act = SIGMOID) Layer output();";
        };
    }
}
