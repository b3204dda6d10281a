package dev.lamina.runtime.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sums over an epoch or an evaluation, and the logs made from them: the loss weighted by batch
 * size ({@code Σ n_b·loss_b / Σ n_b}, Keras's mean) and, for a model that reports it, the
 * accuracy ({@code Σ correct_b / Σ n_b}).
 */
final class Totals {
    private final boolean reportsAccuracy;
    private long examples;
    private double lossSum;
    private double correct;

    /** Empty sums, to {@link #add} batches to. */
    Totals(boolean reportsAccuracy) {
        this.reportsAccuracy = reportsAccuracy;
    }

    /** Sums already made (by the training step, in the graph). */
    Totals(boolean reportsAccuracy, long examples, double lossSum, double correct) {
        this(reportsAccuracy);
        this.examples = examples;
        this.lossSum = lossSum;
        this.correct = correct;
    }

    void add(int batchSize, double meanLoss, double correctInBatch) {
        examples += batchSize;
        lossSum += meanLoss * batchSize;
        correct += correctInBatch;
    }

    /** {@code loss} (and {@code accuracy}), each name after {@code prefix}: {@code val_loss}. */
    Map<String, Double> logs(String prefix) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put(prefix + "loss", lossSum / examples);
        if (reportsAccuracy) {
            logs.put(prefix + "accuracy", correct / examples);
        }
        return logs;
    }
}
