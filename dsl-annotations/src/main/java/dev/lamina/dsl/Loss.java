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
     * {@code mean((y - prediction)^2)} over the output units: a 1-unit output against the label
     * as a number, or a reconstruction of the input ({@code target = Target.INPUT}).
     */
    MEAN_SQUARED_ERROR;

    /**
     * Whether the loss compares the prediction with its target as a number, a regression (or a
     * reconstruction), rather than scoring the probabilities of classes. The processor decides with
     * it what the output layer and the metrics must be: a regression predicts with an output that is
     * not squashed into (0, 1), and has no accuracy. A new loss answers it here; the switch has no
     * default, so that a loss that does not answer does not compile.
     */
    public boolean isRegression() {
        return switch (this) {
            case SPARSE_CATEGORICAL_CROSSENTROPY, BINARY_CROSSENTROPY -> false;
            case MEAN_SQUARED_ERROR -> true;
        };
    }
}
