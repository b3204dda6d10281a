package dev.lamina.dsl;

/** The training loss, averaged over the examples of a batch as Keras does. */
public enum Loss {
    /**
     * Integer class labels against a softmax output: {@code -log p[label]}. Computed from the
     * output layer's logits, so it is stable also when the output declares {@code act = SOFTMAX}.
     */
    SPARSE_CATEGORICAL_CROSSENTROPY,
    /**
     * 0/1 labels against one sigmoid unit: {@code -(y log p + (1 - y) log(1 - p))}. Computed from
     * the logits when the output declares {@code act = SIGMOID}.
     */
    BINARY_CROSSENTROPY
}
