package dev.lamina.runtime.callback;

/**
 * How {@link LearningRateFinder} turns a smoothed loss curve into a suggested rate. Both rules read
 * only the part of the curve before divergence, and both suggest nothing (NaN) when the smoothed
 * loss never fell by {@value #MIN_DESCENT} of its value after the first
 * {@value #SLOPE_HALF_WIDTH} steps (or of its first value, for a minimum sooner than that): a flat curve says the sweep
 * never reached a rate that trains, or the model was already trained.
 */
public enum SuggestionRule {
    /**
     * The rate where the smoothed loss falls fastest against log(rate), before its minimum: the
     * middle of the range where training is fast and still stable (fastai's {@code steep}). The
     * slope at point i is taken across ±{@link #SLOPE_HALF_WIDTH} points, the averaging span of
     * the smoothing, so that it reads the curve rather than one batch's noise.
     */
    STEEPEST_DESCENT,
    /**
     * The rate at the smoothed minimum. A one-epoch sweep trains the net as it goes, so its loss
     * is lowest where training was still making progress at the highest rate: on the samples' nets
     * (Nadam, with and without Batch Normalization) 1cycle up to this rate trained best of these
     * rules (docs/results.md), within the range a grid of peak rates found best.
     */
    MINIMUM,
    /**
     * A tenth of the rate at the smoothed minimum (Smith's and Géron's "10× below where the loss
     * is lowest", fastai's {@code minimum}).
     */
    MINIMUM_OVER_TEN,
    /**
     * A tenth of the rate at which the sweep diverged (its last rate: the smoothed loss passed
     * {@link LearningRateFinder#DIVERGENCE_FACTOR}× its minimum there), or at which it ended without
     * diverging, then a lower bound. Smith's range test reads the largest usable rate at the edge
     * of divergence and sets 1cycle's peak somewhat below it; but a net with Batch Normalization
     * diverges only far above the rates it trains best at.
     */
    DIVERGENCE_OVER_TEN;

    /** The smoothed loss must fall below {@code (1 − MIN_DESCENT)} × its early value for a suggestion. */
    public static final double MIN_DESCENT = 0.1;
    /** The slope's half-width in points: about 1/(1 − β) for the default β = 0.98. */
    static final int SLOPE_HALF_WIDTH = 50;

    /**
     * The suggested rate for a sweep.
     *
     * @param rates the rate of each recorded step, increasing
     * @param smoothed the smoothed loss of each step
     * @return the suggestion, or NaN when the curve does not descend
     */
    public double suggest(double[] rates, double[] smoothed) {
        int minimum = indexOfMinimum(smoothed);
        // The reference is the first value that averages a full span (the very first is one batch).
        double reference = smoothed.length == 0 ? Double.NaN : smoothed[Math.min(SLOPE_HALF_WIDTH, minimum)];
        if (!(smoothed[minimum] < (1 - MIN_DESCENT) * reference)) {
            return Double.NaN;
        }
        return switch (this) {
            case MINIMUM -> rates[minimum];
            case MINIMUM_OVER_TEN -> rates[minimum] / 10;
            case DIVERGENCE_OVER_TEN -> rates[rates.length - 1] / 10;
            case STEEPEST_DESCENT -> rates[steepest(rates, smoothed, minimum)];
        };
    }

    /** The index of the smallest smoothed loss (the first, on ties). */
    static int indexOfMinimum(double[] smoothed) {
        int best = 0;
        for (int i = 1; i < smoothed.length; i++) {
            best = smoothed[i] < smoothed[best] ? i : best;
        }
        return best;
    }

    /**
     * The middle of the window of {@code 2·h + 1} points ({@code h = SLOPE_HALF_WIDTH}, fewer when
     * the minimum comes sooner) over which d(smoothed)/d(ln rate) is most negative, among the
     * windows that end at or before the minimum (past it the curve rises) and start after the
     * first h points (where the bias-corrected average still rests on a few batches, and one noisy
     * first batch would look like a steep descent).
     */
    private static int steepest(double[] rates, double[] smoothed, int minimum) {
        int width = Math.min(2 * SLOPE_HALF_WIDTH, minimum);
        int best = 0;
        double bestSlope = Double.POSITIVE_INFINITY;
        for (int lo = Math.min(SLOPE_HALF_WIDTH, minimum - width); lo + width <= minimum; lo++) {
            int hi = lo + width;
            double slope = (smoothed[hi] - smoothed[lo]) / (Math.log(rates[hi]) - Math.log(rates[lo]));
            if (slope < bestSlope) {
                bestSlope = slope;
                best = lo + width / 2;
            }
        }
        return best;
    }
}
