package dev.lamina.dsl;

/** The training loss, averaged over the examples of a batch as Keras does. */
public enum Loss {
    /**
     * Integer class labels against a softmax output: {@code -log p[label]}. Computed from the
     * output layer's logits, so it is stable also when the output declares {@code act = SOFTMAX}.
     */
    SPARSE_CATEGORICAL_CROSSENTROPY,
    /**
     * 0/1 targets against sigmoid units: {@code -(y log p + (1 - y) log(1 - p))}, averaged over the
     * units: one unit against 0/1 labels, or one unit per input value when the model reconstructs
     * its input ({@code target = Target.INPUT}, inputs in [0, 1]). Computed from the logits.
     */
    BINARY_CROSSENTROPY,
    /**
     * {@code mean((y - prediction)^2)} over the output units: a regression against real-valued
     * targets (one per output unit), or a reconstruction of the input ({@code target = Target.INPUT}).
     */
    MEAN_SQUARED_ERROR,
    /**
     * {@code mean(|y - prediction|)} over the output units, Keras's {@code mean_absolute_error}: a
     * regression less swayed by outliers than the squared error, whose gradient has the same size
     * for every error.
     */
    MEAN_ABSOLUTE_ERROR,
    /**
     * Keras's {@code Huber(delta=1.0)}: for an error {@code e}, {@code e²/2} where {@code |e| <= 1}
     * and {@code |e| - 1/2} beyond, averaged over the output units. Quadratic near the target,
     * linear for outliers.
     */
    HUBER;

    /**
     * Whether the loss compares the prediction with its target as a number, a regression (or a
     * reconstruction), rather than scoring the probabilities of classes: nothing is right or wrong,
     * so there is no accuracy, and the output is not squashed into (0, 1). The processor and the
     * runtime both ask this. A new loss answers it here; the switch has no default, so that a loss
     * that does not answer does not compile.
     */
    public boolean isRegression() {
        return switch (this) {
            case SPARSE_CATEGORICAL_CROSSENTROPY, BINARY_CROSSENTROPY -> false;
            case MEAN_SQUARED_ERROR, MEAN_ABSOLUTE_ERROR, HUBER -> true;
        };
    }
}
