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
    MEAN_SQUARED_ERROR
}
