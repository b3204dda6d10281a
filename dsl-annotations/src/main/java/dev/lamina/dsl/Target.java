package dev.lamina.dsl;

/** What a model learns to output: the examples' labels, or the examples themselves. */
public enum Target {
    /** The labels of the data set (classification): the default. */
    LABELS,
    /**
     * The input itself, flattened: an autoencoder, trained without labels (unsupervised
     * pretraining). The output layer has one unit per input value.
     */
    INPUT
}
