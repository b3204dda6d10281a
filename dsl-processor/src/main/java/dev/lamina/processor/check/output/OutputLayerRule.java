package dev.lamina.processor.check.output;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Loss;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ShapeSpec;
import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.AlphaDropoutSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.DropoutSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.LeakyReLUSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import dev.lamina.processor.spec.layer.RReLUSpec;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.tools.Diagnostic.Kind;

/**
 * The last layer is a Dense layer whose activation and units fit the loss and the target. Against
 * labels: a softmax over at least two classes for sparse categorical cross-entropy, one sigmoid
 * unit for binary cross-entropy, one unit that is not a softmax for a regression loss
 * ({@link dev.lamina.dsl.Loss#isRegression()}); when both the activation and the units misfit, one
 * message says how to change them together ({@link LabelOutputMismatch}). Against the input (an
 * autoencoder): one unit per input value, sigmoid for binary cross-entropy, anything but softmax
 * for a regression loss. Whether the loss can reconstruct at all is {@link ReconstructionLossRule}'s;
 * a sigmoid under a regression loss is {@link MseWithSquashingOutputRule}'s warning. Only a last
 * layer that is not a Dense breaks {@code OUTPUT_LAYER}: a Dense output with a wrong attribute is
 * still the output layer, and the layers before it are still the hidden ones.
 */
final class OutputLayerRule extends Rule {

    OutputLayerRule() {
        super("lamina:output-layer", Kind.ERROR,
                "The last layer is a @Dense whose activation and units fit the loss and the target");
        require(Requirement.LAYER_STACK);
        establish(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        // A model without layers is NoLayersRule's.
        if (model.output().isEmpty()) {
            return;
        }
        LayerSpec output = model.output().get();
        if (!(output instanceof DenseSpec dense)) {
            // The layers before the last are not all hidden: this one error breaks OUTPUT_LAYER.
            findings.report(this, Location.of(output.source()), new Message(
                    "The last layer, '" + output.name() + "', must be the output layer, a @Dense. Received: "
                            + output.source().annotationName() + ".",
                    "The loss is computed from the output layer's pre-activations (its logits), which only a Dense"
                            + " layer has.",
                    fix(output, model)));
            return;
        }
        if (model.reconstructsInput()) {
            checkReconstruction(model, dense, findings);
            return;
        }
        Optional<Message> mismatch = LabelOutputMismatch.of(model.loss(), dense);
        if (mismatch.isPresent()) {
            findings.reportBreakingNothing(this, Location.of(dense.source()), mismatch.get());
        } else if (model.loss().isRegression()) {
            checkRegression(model, dense, findings);
        } else if (model.loss() == Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
            checkSparseCategorical(dense, findings);
        } else {
            checkBinary(model, dense, findings);
        }
    }

    private void checkSparseCategorical(DenseSpec output, Findings findings) {
        String loss = "loss = SPARSE_CATEGORICAL_CROSSENTROPY";
        requireActivation(output, Activation.SOFTMAX, loss,
                "Sparse categorical cross-entropy scores a probability for each class against the integer label, and"
                        + " softmax is what turns the outputs into those probabilities.",
                findings);
        // Fewer than one unit is UnitsPositiveRule's.
        if (output.units() == 1) {
            findings.reportBreakingNothing(this, Location.of(output.source(), AttributeNames.Dense.UNITS), new Message(
                    "Output layer '" + output.name() + "' needs at least 2 units, one per class, with " + loss
                            + ". Received: units = 1.",
                    "A softmax over a single unit always outputs 1, so the model could not learn anything.",
                    "Set units to the number of classes, or for two classes use loss = BINARY_CROSSENTROPY with"
                            + " '@Dense(units = 1, act = SIGMOID)'."));
        }
    }

    private void checkBinary(ModelSpec model, DenseSpec output, Findings findings) {
        String loss = "loss = BINARY_CROSSENTROPY";
        requireActivation(output, Activation.SIGMOID, loss,
                "Binary cross-entropy scores the probability of the positive class against a 0/1 label, and sigmoid"
                        + " is what turns the output into that probability.",
                findings);
        checkOneUnit(model, output, loss,
                "Binary cross-entropy compares one probability, that of the positive class, with each label.",
                "for more than two classes use loss = SPARSE_CATEGORICAL_CROSSENTROPY with one SOFTMAX unit per class",
                findings);
    }

    /** A regression loss against the targets: as many real values per example as the output has units. */
    private void checkRegression(ModelSpec model, DenseSpec output, Findings findings) {
        String loss = "loss = " + model.loss();
        String title = title(model.loss());
        if (output.activation() == Activation.SOFTMAX) {
            findings.reportBreakingNothing(this, Location.of(output.source(), AttributeNames.Dense.ACT), new Message(
                    "Output layer '" + output.name() + "' must not use act = SOFTMAX with " + loss
                            + " against labels. Received: " + Describe.activation(output) + ".",
                    title + " against labels predicts one number, from a single unit, and a softmax over a"
                            + " single unit always outputs 1, so the prediction could never change.",
                    "Use act = LINEAR (the default) to predict a number of any size, or for classes use"
                            + " loss = SPARSE_CATEGORICAL_CROSSENTROPY with one SOFTMAX unit per class."));
        }
        // Any number of units: one per target value (several for a multi-output regression). The
        // targets' width is data, checked against the units before training.
    }

    /** A classification's output turns its pre-activations into probabilities with {@code required}. */
    private void requireActivation(DenseSpec output, Activation required, String loss, String why,
            Findings findings) {
        if (output.activation() != required) {
            findings.reportBreakingNothing(this, Location.of(output.source(), AttributeNames.Dense.ACT), new Message(
                    "Output layer '" + output.name() + "' must use act = " + required + " with " + loss
                            + ". Received: " + Describe.activation(output) + ".",
                    why,
                    "Set act = " + required + " on '" + output.name() + "'."));
        }
    }

    /**
     * An output that compares one number per example with its label has one unit (fewer is
     * UnitsPositiveRule's). As many units as the input has values looks like a reconstruction
     * missing its {@code target = INPUT}, and the fix says so.
     *
     * @param loss the loss as the message names it: "loss = BINARY_CROSSENTROPY"
     * @param why why one unit
     * @param otherwise the fix for a model meant to classify, after "Set units = 1, or "
     */
    private void checkOneUnit(ModelSpec model, DenseSpec output, String loss, String why, String otherwise,
            Findings findings) {
        if (output.units() <= 1) {
            return;
        }
        OptionalLong inputSize = inputSize(model);
        boolean looksLikeReconstruction = inputSize.isPresent() && output.units() == inputSize.getAsLong();
        findings.reportBreakingNothing(this, Location.of(output.source(), AttributeNames.Dense.UNITS), new Message(
                "Output layer '" + output.name() + "' must have exactly 1 unit with " + loss + ". Received: units = "
                        + output.units() + ".",
                why,
                "Set units = 1, or " + otherwise
                        + (looksLikeReconstruction
                                ? "; if '" + output.name() + "' reconstructs the input (" + inputSize.getAsLong()
                                        + " values), add target = INPUT to @Model."
                                : ".")));
    }

    /** An autoencoder: the output is compared value by value with the input, flattened. */
    private void checkReconstruction(ModelSpec model, DenseSpec output, Findings findings) {
        OptionalLong inputSize = inputSize(model);
        // Fewer than one unit is UnitsPositiveRule's; an input shape out of range is InputShapeRule's.
        if (inputSize.isPresent() && output.units() >= 1 && output.units() != inputSize.getAsLong()) {
            findings.reportBreakingNothing(this, Location.of(output.source(), AttributeNames.Dense.UNITS), new Message(
                    "Output layer '" + output.name() + "' must have one unit per input value when the model"
                            + " reconstructs its input (target = INPUT): " + inputSize.getAsLong() + " for input = "
                            + model.input().toArrayLiteral() + ". Received: units = " + output.units() + ".",
                    "The target of an autoencoder is its input, flattened: the loss compares each output unit with"
                            + " one input value, so there must be as many units as values.",
                    "Set units = " + inputSize.getAsLong() + " on '" + output.name() + "', e.g. '"
                            + reconstructionLayer(inputSize.getAsLong()) + "'."));
        }
        // Reconstruction with classes is ReconstructionLossRule's.
        if (model.loss() == Loss.BINARY_CROSSENTROPY) {
            if (output.activation() != Activation.SIGMOID) {
                findings.reportBreakingNothing(this, Location.of(output.source(), AttributeNames.Dense.ACT), new Message(
                        "Output layer '" + output.name() + "' must use act = SIGMOID with loss ="
                                + " BINARY_CROSSENTROPY when the model reconstructs its input (target = INPUT)."
                                + " Received: " + Describe.activation(output) + ".",
                        "Binary cross-entropy reconstructs each input value as a probability, which sigmoid"
                                + " produces, so the inputs themselves must lie in [0, 1] (pixel intensities"
                                + " divided by 255).",
                        "Set act = SIGMOID on '" + output.name() + "' and scale the inputs to [0, 1]; for inputs"
                                + " outside [0, 1], use loss = MEAN_SQUARED_ERROR."));
            }
        } else if (model.loss().isRegression()) {
            if (output.activation() == Activation.SOFTMAX) {
                findings.reportBreakingNothing(this, Location.of(output.source(), AttributeNames.Dense.ACT), new Message(
                        "Output layer '" + output.name() + "' must not use act = SOFTMAX when the model"
                                + " reconstructs its input (target = INPUT). Received: "
                                + Describe.activation(output) + ".",
                        "Softmax makes the outputs sum to 1, but each input value varies on its own, so the"
                                + " reconstruction could not match the input.",
                        "Use act = SIGMOID for inputs in [0, 1], or act = LINEAR (the default) for inputs of"
                                + " any range, such as standardized data."));
            }
        }
    }

    /**
     * The number of values in one example, the width of a reconstruction; empty when the input
     * shape is out of range (InputShapeRule reports it).
     */
    static OptionalLong inputSize(ModelSpec model) {
        ShapeSpec input = model.input();
        if (input.rank() == 0 || input.dims().stream().anyMatch(dim -> dim < 1) || input.size() > Integer.MAX_VALUE) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(input.size());
    }

    /** The fix for a model that ends with {@code last}, a layer that is not Dense: what to do with that layer. */
    private static String fix(LayerSpec last, ModelSpec model) {
        String example = "'" + example(model) + "'";
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

    private static String example(ModelSpec model) {
        if (model.reconstructsInput()) {
            OptionalLong inputSize = inputSize(model);
            return reconstructionLayer(inputSize.isPresent() ? inputSize.getAsLong() : 784) + " Layer output();";
        }
        if (model.loss().isRegression()) {
            return "@Dense(units = 1) Layer output();";
        }
        return model.loss() == Loss.SPARSE_CATEGORICAL_CROSSENTROPY
                ? "@Dense(units = 10, act = SOFTMAX) Layer output();"
                : "@Dense(units = 1, act = SIGMOID) Layer output();";
    }

    /** A loss as a sentence names it: "Mean squared error". */
    static String title(Loss loss) {
        String words = loss.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A reconstruction's output layer for inputs in [0, 1]: {@code @Dense(units = 784, act = SIGMOID)}. */
    private static String reconstructionLayer(long inputSize) {
        return "@Dense(units = " + inputSize + ", act = SIGMOID)";
    }
}
