package dev.lamina.runtime.train;

import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Target;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.NonFinite;
import dev.lamina.runtime.data.Targets;

/**
 * The data checked at the model's boundary, before any step runs: the example shape, no NaN or
 * infinity in the features (nor in the targets, where the loss reads them), and targets that
 * fit the loss and the output layer (class indices in {@code [0, units)}, binary labels in
 * {0, 1}, as many real values per example as output units). Without it a wrong label trains
 * silently (an index past the last class makes a zero one-hot row) and one NaN turns every weight
 * into NaN.
 *
 * <p>One pass over the targets per call; the features' pass is made once per data set and kept by
 * it ({@link Dataset#nonFinite()}), so validating every epoch costs nothing more.
 */
final class DataCheck {
    private final ModelConfig config;
    private final LossFunction loss;

    DataCheck(ModelConfig config, LossFunction loss) {
        this.config = config;
        this.loss = loss;
    }

    /** For {@code predict}: the example shape and finite features (the targets are not read). */
    void features(Dataset data, String role) {
        config.checkCompatible(data, role);
        NonFinite bad = data.nonFinite();
        if (bad != null && !bad.inTargets()) {
            throw nonFinite(bad, role);
        }
    }

    /** For {@code predict} from arrays: every value of every row finite (the lengths are checked by the caller). */
    void rows(float[][] rows, String role) {
        for (int i = 0; i < rows.length; i++) {
            row(rows[i], i, role);
        }
    }

    /** The same for one row, example {@code index} of the data. */
    void row(float[] row, int index, String role) {
        for (int j = 0; j < row.length; j++) {
            if (!Float.isFinite(row[j])) {
                throw nonFinite(new NonFinite(index, false, j, row[j]), role);
            }
        }
    }

    /** For {@code fit}, {@code evaluate} and the validation data: features and targets. */
    void featuresAndTargets(Dataset data, String role) {
        features(data, role);
        if (config.target() == Target.INPUT) {
            return;
        }
        NonFinite bad = data.nonFinite();
        if (bad != null) {
            throw nonFinite(bad, role);
        }
        Targets targets = data.targets();
        int expectedWidth = loss.loss().isRegression() ? loss.units() : 1;
        if (targets.width() != expectedWidth) {
            throw new IllegalArgumentException(config.name() + " expects " + expectedWidth + " target value"
                    + (expectedWidth == 1 ? "" : "s") + " per example (its output layer has " + loss.units() + " unit"
                    + (loss.units() == 1 ? "" : "s") + ", loss " + loss.loss() + "). Received: " + targets.width()
                    + " per example in the " + role + " data. Give one target per output unit.");
        }
        switch (loss.loss()) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> classIndices(targets, role);
            case BINARY_CROSSENTROPY -> binaryLabels(targets, role);
            default -> { }
        }
    }

    /** Class indices: whole numbers in {@code [0, units)}, Keras's range check with the example named. */
    private void classIndices(Targets targets, String role) {
        int units = loss.units();
        for (int i = 0; i < targets.size(); i++) {
            float label = targets.value(i, 0);
            if (label != Math.rint(label)) {
                throw new IllegalArgumentException(config.name() + ": received a label value of " + label
                        + " at example " + i + " of the " + role + " data. " + Loss.SPARSE_CATEGORICAL_CROSSENTROPY
                        + " expects class indices, whole numbers in [0, " + units + "). For real-valued targets use a"
                        + " regression loss (MEAN_SQUARED_ERROR, MEAN_ABSOLUTE_ERROR, HUBER).");
            }
            if (label < 0 || label >= units) {
                throw new IllegalArgumentException(config.name() + ": received a label value of " + (long) label
                        + " which is outside the valid range of [0, " + units + "), at example " + i + " of the " + role
                        + " data. The output layer has " + units + " units, one per class: map the labels to 0.."
                        + (units - 1) + ", or give the output layer one unit per class.");
            }
        }
    }

    private void binaryLabels(Targets targets, String role) {
        for (int i = 0; i < targets.size(); i++) {
            float label = targets.value(i, 0);
            if (label != 0 && label != 1) {
                throw new IllegalArgumentException(config.name() + ": received a label value of " + label
                        + " at example " + i + " of the " + role + " data. " + Loss.BINARY_CROSSENTROPY
                        + " expects labels 0 or 1. For more than two classes use " + Loss.SPARSE_CATEGORICAL_CROSSENTROPY
                        + " with one SOFTMAX unit per class.");
            }
        }
    }

    private IllegalArgumentException nonFinite(NonFinite bad, String role) {
        return new IllegalArgumentException(config.name() + ": " + bad.describe() + " of the " + role + " data."
                + " One non-finite value would make the loss and every weight NaN. Remove the example or replace the"
                + " value (e.g. a missing value by its column's mean) before training.");
    }
}
