package dev.lamina.runtime.data;

/**
 * A data set divided in two: {@code train} to fit on, {@code test} to measure on (or to
 * validate on, for {@code Fit.validationSplit}).
 */
public record TrainTest(Dataset train, Dataset test) {}
