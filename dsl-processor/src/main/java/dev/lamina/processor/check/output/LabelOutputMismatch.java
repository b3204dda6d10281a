package dev.lamina.processor.check.output;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Loss;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.spec.layer.DenseSpec;
import java.util.Optional;

/**
 * An output layer whose activation and units both misfit a loss against labels: a sigmoid unit
 * under sparse categorical cross-entropy, ten softmax units under binary cross-entropy or a
 * regression. Each alone would be an error with its own fix, and either fix alone is wrong ("Set
 * act = SOFTMAX" on one unit gives a constant output), so the two become one message with one
 * fix: change act and units together, or keep the layer and choose the loss it fits.
 */
final class LabelOutputMismatch {
    private LabelOutputMismatch() {}

    /** The message for {@code output} under {@code loss}, when both its activation and its units misfit. */
    static Optional<Message> of(Loss loss, DenseSpec output) {
        Activation act = output.activation();
        int units = output.units();
        boolean classes = loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
        boolean binary = loss == Loss.BINARY_CROSSENTROPY;
        boolean actFits = classes ? act == Activation.SOFTMAX
                : binary ? act == Activation.SIGMOID
                : act != Activation.SOFTMAX;
        // Fewer than one unit is UnitsPositiveRule's.
        boolean unitsFit = classes ? units != 1 : units <= 1;
        if (actFits || unitsFit) {
            return Optional.empty();
        }
        String name = "'" + output.name() + "'";
        String needs = classes ? "act = SOFTMAX over at least 2 units, one per class"
                : binary ? "one unit with act = SIGMOID"
                : "one unit that is not a SOFTMAX, the label as a number";
        String why = classes
                ? "Sparse categorical cross-entropy scores one probability per class against the integer label, which"
                        + " a softmax over one unit per class gives; a softmax over one unit always outputs 1."
                : binary
                        ? "Binary cross-entropy scores one probability, that of the positive class, against a 0/1"
                                + " label, which one sigmoid unit gives."
                        : "A regression compares one number per example with its label, and a softmax over one unit"
                                + " always outputs 1.";
        String layer = classes ? "@Dense(units = 10, act = SOFTMAX)"
                : binary ? "@Dense(units = 1, act = SIGMOID)"
                : "@Dense(units = 1)";
        String fitting = fittingLoss(output)
                .map(other -> ", or keep " + name + " as it is and use loss = " + other + ", which " + fits(other))
                .orElse("");
        return Optional.of(new Message(
                "Output layer " + name + " does not fit loss = " + loss + ", which needs " + needs + ". Received: units = "
                        + units + ", " + Describe.activation(output) + ".",
                why + " Its activation and its units must change together: either alone would still not fit.",
                "Write '" + layer + " Layer " + output.name() + "();'" + (classes ? " with units = the number of"
                        + " classes" : "") + fitting + "."));
    }

    /** The loss against labels that {@code output} fits as it is, if any. */
    private static Optional<Loss> fittingLoss(DenseSpec output) {
        Activation act = output.activation();
        if (output.units() == 1 && act == Activation.SIGMOID) {
            return Optional.of(Loss.BINARY_CROSSENTROPY);
        }
        if (output.units() >= 2 && act == Activation.SOFTMAX) {
            return Optional.of(Loss.SPARSE_CATEGORICAL_CROSSENTROPY);
        }
        if (output.units() == 1 && act != Activation.SOFTMAX) {
            return Optional.of(Loss.MEAN_SQUARED_ERROR);
        }
        return Optional.empty();
    }

    private static String fits(Loss loss) {
        return switch (loss) {
            case BINARY_CROSSENTROPY -> "scores one sigmoid unit against 0/1 labels";
            case SPARSE_CATEGORICAL_CROSSENTROPY -> "scores one softmax unit per class against integer labels";
            default -> "predicts the label as a number";
        };
    }
}
