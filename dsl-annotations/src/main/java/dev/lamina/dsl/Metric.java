package dev.lamina.dsl;

/** A metric reported for each epoch next to the loss, on training and validation data. */
public enum Metric {
    /**
     * The fraction of correct predictions, resolved from the loss as Keras resolves
     * {@code "accuracy"}: the arg-max against integer labels for sparse categorical
     * cross-entropy, a 0.5 threshold for binary cross-entropy. Only for a classification: with
     * {@link Loss#MEAN_SQUARED_ERROR} or {@code target = Target.INPUT} nothing is right or wrong,
     * and the processor rejects it.
     */
    ACCURACY
}
