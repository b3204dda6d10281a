package dev.lamina.dsl;

import java.util.Locale;

/** A metric reported for each epoch next to the loss, on training and validation data. */
public enum Metric {
    /**
     * The fraction of correct predictions, resolved from the loss as Keras resolves
     * {@code "accuracy"}: the arg-max against integer labels for sparse categorical
     * cross-entropy, a 0.5 threshold for binary cross-entropy. Only for a classification: with
     * {@link Loss#MEAN_SQUARED_ERROR} or {@code target = Target.INPUT} nothing is right or wrong,
     * and the processor rejects it.
     */
    ACCURACY(true);

    private final boolean higherIsBetter;

    Metric(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    /** The name in the epoch logs: {@code accuracy} (and {@code val_accuracy} on validation data). */
    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a larger value is better (Keras's metric {@code direction} "up"). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
