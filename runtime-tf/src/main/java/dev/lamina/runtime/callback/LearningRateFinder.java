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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Géron's method for choosing a learning rate (and 1cycle's maximum rate): train for one epoch
 * while the rate grows exponentially from {@code minRate} to {@code maxRate}, multiplying it by
 * {@code (maxRate / minRate)^(1 / steps)} after each step; record each step's loss; stop once the
 * loss exceeds 4× its minimum. Afterwards the model is exactly as it was before (weights,
 * optimizer state, step and epoch counters): the sweep is only a measurement. The suggested
 * rate is 10× below the rate at which the loss was lowest.
 */
public final class LearningRateFinder {
    /** Géron's defaults (the third edition's notebook). */
    public static final double DEFAULT_MIN_RATE = 1e-4;
    public static final double DEFAULT_MAX_RATE = 1;
    /** The sweep stops once the loss exceeds this multiple of its minimum. */
    static final double DIVERGENCE_FACTOR = 4;

    private LearningRateFinder() {}

    /**
     * The sweep's record.
     *
     * @param rates the rate of each step run
     * @param losses each step's batch loss
     * @param bestRate the rate at the lowest loss
     * @param suggestedRate {@code bestRate / 10}
     */
    public record Result(double[] rates, double[] losses, double bestRate, double suggestedRate) {}

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
        return sweep.result();
    }

    /** The exponential schedule and the loss recorder in one: rate_k = minRate · factor^k. */
    private static final class Sweep implements LearningRateSchedule, Callback {
        private final double minRate;
        private final double factor;
        private final List<double[]> points = new ArrayList<>();
        private long firstStep = -1;
        private double lastRate;
        private double bestLoss = Double.POSITIVE_INFINITY;

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
            points.add(new double[] {lastRate, batchLoss});
            bestLoss = Math.min(bestLoss, batchLoss);
            if (!(batchLoss <= DIVERGENCE_FACTOR * bestLoss)) { // also stops on NaN
                model.stopTraining();
            }
        }

        Result result() {
            double[] rates = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] losses = points.stream().mapToDouble(p -> p[1]).toArray();
            int best = 0;
            for (int i = 1; i < losses.length; i++) {
                best = losses[i] < losses[best] ? i : best;
            }
            return new Result(rates, losses, rates[best], rates[best] / 10);
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
