package dev.lamina.runtime.callback;

import java.util.Arrays;

/**
 * What a learning-rate sweep records, step by step: the rate, the batch loss and the smoothed loss;
 * and when the sweep has diverged: the smoothed loss above {@code divergenceFactor} × its minimum
 * so far, or a batch loss that is not finite. Kept apart from the model so that the rule can be tested on loss curves
 * whose answer is known.
 */
final class SweepRecord {
    private final SmoothedLoss smoother;
    private final double divergenceFactor;
    private double[] rates = new double[256];
    private double[] losses = new double[256];
    private double[] smoothed = new double[256];
    private int size;
    private double lowest = Double.POSITIVE_INFINITY;

    SweepRecord(double smoothing, double divergenceFactor) {
        this.smoother = new SmoothedLoss(smoothing);
        this.divergenceFactor = divergenceFactor;
    }

    /**
     * Records one step.
     *
     * @return whether the sweep has diverged and should stop
     */
    boolean add(double rate, double loss) {
        if (!Double.isFinite(loss)) {
            return true; // diverged; a NaN or infinite point would only spoil the curve
        }
        if (size == rates.length) {
            rates = Arrays.copyOf(rates, 2 * size);
            losses = Arrays.copyOf(losses, 2 * size);
            smoothed = Arrays.copyOf(smoothed, 2 * size);
        }
        double value = smoother.add(loss);
        rates[size] = rate;
        losses[size] = loss;
        smoothed[size] = value;
        size++;
        lowest = Math.min(lowest, value);
        return value > divergenceFactor * lowest;
    }

    LearningRateFinder.Result result() {
        double[] r = Arrays.copyOf(rates, size);
        double[] s = Arrays.copyOf(smoothed, size);
        double best = size == 0 ? Double.NaN : r[SuggestionRule.indexOfMinimum(s)];
        return new LearningRateFinder.Result(r, Arrays.copyOf(losses, size), s, best,
                LearningRateFinder.DEFAULT_RULE.suggest(r, s));
    }
}
