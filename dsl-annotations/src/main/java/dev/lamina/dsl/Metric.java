package dev.lamina.dsl;

/** A metric reported for each epoch next to the loss, on training and validation data. */
public enum Metric {
    /**
     * The fraction of correct predictions, resolved from the loss as Keras resolves
     * {@code "accuracy"}: the arg-max against integer labels for sparse categorical
     * cross-entropy, a 0.5 threshold for binary cross-entropy. Only for a classification: with
     * a regression loss ({@link Loss#isRegression()}) or {@code target = Target.INPUT} nothing is
     * right or wrong, and the processor rejects it.
     */
    ACCURACY("accuracy", true),
    /** Mean absolute error over every output value, Keras's {@code MeanAbsoluteError}: {@code mean(|y - ŷ|)}. */
    MAE("mean_absolute_error", false),
    /** Mean squared error over every output value, Keras's {@code MeanSquaredError}: {@code mean((y - ŷ)²)}. */
    MSE("mean_squared_error", false),
    /**
     * Root mean squared error, Keras's {@code RootMeanSquaredError}: {@code sqrt(mean((y - ŷ)²))}
     * over the whole epoch (the root of the epoch's mean, not the mean of the batches' roots).
     * In the target's own units, so it reads directly as a typical error.
     */
    RMSE("root_mean_squared_error", false);

    private final String logName;
    private final boolean higherIsBetter;

    Metric(String logName, boolean higherIsBetter) {
        this.logName = logName;
        this.higherIsBetter = higherIsBetter;
    }

    /**
     * The name in the epoch logs, Keras's metric name: {@code accuracy}, {@code mean_absolute_error},
     * {@code mean_squared_error}, {@code root_mean_squared_error} (with {@code val_} before it on
     * validation data).
     */
    public String logName() {
        return logName;
    }

    /** Whether a larger value is better (Keras's metric {@code direction} "up"). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether the metric compares real values, as a regression's (not a classification's accuracy). */
    public boolean isRegression() {
        return this != ACCURACY;
    }
}
