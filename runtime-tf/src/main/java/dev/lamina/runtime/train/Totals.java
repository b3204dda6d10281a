package dev.lamina.runtime.train;

import dev.lamina.dsl.Metric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums over an epoch or an evaluation, and the logs made from them: the loss weighted by batch
 * size ({@code Σ n_b·loss_b / Σ n_b}, Keras's mean) and each measured metric from its sum over
 * the examples: {@code Σ correct / n} (accuracy), {@code Σ |e| / n} (MAE), {@code Σ e² / n}
 * (MSE) and {@code sqrt(Σ e² / n)} (RMSE, the root of the whole mean as Keras's
 * {@code RootMeanSquaredError}, not a mean of batch roots).
 */
final class Totals {
    private final List<Metric> metrics;
    private long examples;
    private double lossSum;
    private final double[] metricSums;

    /** Empty sums, to {@link #add} batches to. */
    Totals(List<Metric> metrics) {
        this.metrics = List.copyOf(metrics);
        this.metricSums = new double[metrics.size()];
    }

    /**
     * Sums already made (by the training step, in the graph).
     *
     * @param sums {@code Σ n_b·loss_b}, then each metric's sum
     */
    Totals(List<Metric> metrics, long examples, double[] sums) {
        this(metrics);
        this.examples = examples;
        this.lossSum = sums[0];
        System.arraycopy(sums, 1, metricSums, 0, metricSums.length);
    }

    /** Adds a batch: its size, mean loss and metric sums. */
    void add(int batchSize, double meanLoss, double[] batchMetricSums) {
        examples += batchSize;
        lossSum += meanLoss * batchSize;
        for (int i = 0; i < metricSums.length; i++) {
            metricSums[i] += batchMetricSums[i];
        }
    }

    /** {@code loss} and each metric by its Keras name, each after {@code prefix}: {@code val_loss}. */
    Map<String, Double> logs(String prefix) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put(prefix + "loss", lossSum / examples);
        for (int i = 0; i < metrics.size(); i++) {
            double mean = metricSums[i] / examples;
            logs.put(prefix + metrics.get(i).logName(), metrics.get(i) == Metric.RMSE ? Math.sqrt(mean) : mean);
        }
        return logs;
    }
}
