package dev.lamina.runtime.data;

/**
 * A data set divided for training: {@code train} to fit on, {@code valid} to choose epochs and
 * hyperparameters on, {@code test} to report once at the end.
 */
public record Splits(Dataset train, Dataset valid, Dataset test) {}
