package dev.lamina.runtime.callback;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.SequentialModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Géron's method for choosing a learning rate (and 1cycle's maximum rate), with the loss smoothed
 * as fastai's finder and Smith's write-ups smooth it: train for one epoch while the rate grows
 * exponentially from {@code minRate} to {@code maxRate}, multiplying it by
 * {@code (maxRate / minRate)^(1 / steps)} after each step; record each step's batch loss and its
 * {@linkplain SmoothedLoss exponential moving average with bias correction} (β =
 * {@value #DEFAULT_SMOOTHING}); stop once the smoothed loss exceeds {@value #DIVERGENCE_FACTOR}×
 * its minimum (or is NaN). Judged on the raw batch-32 loss, one noisy batch would end the sweep
 * long before the real divergence, and the minimum would be noise. Afterwards the model is exactly
 * as it was before (weights, optimizer state, step and epoch counters): the sweep is only a
 * measurement.
 *
 * <p>The suggestion is {@link #DEFAULT_RULE}: the rate at the smoothed minimum. On the samples'
 * networks it gave the best 1cycle accuracy of the rules compared (the {@code lr-finder-rules}
 * sample, {@code docs/results.md}); {@link Result#suggestion} gives the others from the same sweep.
 */
public final class LearningRateFinder {
    /** Géron's defaults (the third edition's notebook). */
    public static final double DEFAULT_MIN_RATE = 1e-4;
    public static final double DEFAULT_MAX_RATE = 1;
    /** β of the loss's moving average: fastai's and Smith's 0.98 (an average over about 50 batches). */
    public static final double DEFAULT_SMOOTHING = 0.98;
    /** The sweep stops once the smoothed loss exceeds this multiple of its minimum (fastai's 4). */
    public static final double DIVERGENCE_FACTOR = 4;
    /** The rule behind {@link Result#suggestedRate()}. */
    public static final SuggestionRule DEFAULT_RULE = SuggestionRule.MINIMUM;

    private LearningRateFinder() {}

    /**
     * The sweep's record.
     *
     * @param rates the rate of each step run
     * @param losses each step's batch loss
     * @param smoothedLosses each step's smoothed loss
     * @param bestRate the rate at the lowest smoothed loss
     * @param suggestedRate {@link #DEFAULT_RULE}'s suggestion, NaN when the smoothed loss never descended
     */
    public record Result(double[] rates, double[] losses, double[] smoothedLosses, double bestRate,
            double suggestedRate) {
        /** What {@code rule} suggests for this sweep (NaN when the smoothed loss never descended). */
        public double suggestion(SuggestionRule rule) {
            return rule.suggest(rates, smoothedLosses);
        }
    }

    /** Runs the sweep with Géron's defaults and batch size 32 (plot it with {@code LearningRateCurve.write}). */
    public static Result find(SequentialModel model, Dataset data) {
        return find(model, data, DEFAULT_MIN_RATE, DEFAULT_MAX_RATE, Defaults.BATCH_SIZE);
    }

    /** Runs the sweep over one epoch of {@code data}. */
    public static Result find(SequentialModel model, Dataset data, double minRate, double maxRate, int batchSize) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        if (!(minRate > 0) || !(maxRate > minRate)) {
            throw new IllegalArgumentException("LearningRateFinder: expected 0 < minRate < maxRate. Received: minRate="
                    + minRate + ", maxRate=" + maxRate);
        }
        int steps = (data.size() + batchSize - 1) / batchSize;
        Sweep sweep = new Sweep(minRate, Math.pow(maxRate / minRate, 1.0 / steps));
        Path backup = temporaryDirectory();
        try {
            model.save(backup.resolve("before"));
            model.fit(data, Fit.epochs(1).batchSize(batchSize).verbose(false).schedule(sweep).callbacks(sweep));
            model.restore(backup.resolve("before"));
        } finally {
            deleteRecursively(backup);
        }
        return sweep.record.result();
    }

    /** The exponential schedule and the loss recorder in one: rate_k = minRate · factor^k. */
    private static final class Sweep implements LearningRateSchedule, Callback {
        private final double minRate;
        private final double factor;
        private final SweepRecord record = new SweepRecord(DEFAULT_SMOOTHING, DIVERGENCE_FACTOR);
        private long firstStep = -1;
        private double lastRate;

        Sweep(double minRate, double factor) {
            this.minRate = minRate;
            this.factor = factor;
        }

        @Override
        public double rate(long step, int epoch) {
            if (firstStep < 0) {
                firstStep = step;
            }
            lastRate = minRate * Math.pow(factor, step - firstStep);
            return lastRate;
        }

        @Override
        public void onBatchEnd(SequentialModel model, int epoch, int batch, double batchLoss, double runningLoss) {
            if (record.add(lastRate, batchLoss)) {
                model.stopTraining();
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("lamina-lr-finder-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the model's state", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // Only a temporary copy of the model's state is left behind.
        }
    }
}
