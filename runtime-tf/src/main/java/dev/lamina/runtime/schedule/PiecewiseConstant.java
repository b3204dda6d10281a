package dev.lamina.runtime.schedule;

import java.util.Arrays;
import java.util.Objects;

/**
 * Keras's {@code PiecewiseConstantDecay(boundaries, values)}:
 * <pre>
 *   rate(t) = values[0]   for t ≤ b[0]
 *             values[i]   for b[i−1] < t ≤ b[i]
 *             values[n]   for t > b[n−1]
 * </pre>
 * with t the step or the epoch ({@link Granularity}): a t equal to a boundary keeps the earlier
 * value. The chapter's "0.01 for 5 epochs, 0.005 for 10 more, then 0.001" (its function tests
 * {@code epoch < 5}, {@code epoch < 15}) is boundaries {4, 14} per epoch.
 */
public final class PiecewiseConstant implements LearningRateSchedule {
    private final double[] boundaries;
    private final double[] values;
    private final Granularity per;

    /**
     * @param boundaries strictly increasing, finite
     * @param values one more than the boundaries, each ≥ 0
     * @param per what t counts
     */
    public PiecewiseConstant(double[] boundaries, double[] values, Granularity per) {
        Objects.requireNonNull(boundaries, "boundaries");
        Objects.requireNonNull(values, "values");
        if (values.length != boundaries.length + 1) {
            throw new IllegalArgumentException("PiecewiseConstant: expected one more value than boundaries. Received: "
                    + boundaries.length + " boundaries " + Arrays.toString(boundaries) + " and " + values.length
                    + " values " + Arrays.toString(values));
        }
        for (int i = 0; i < boundaries.length; i++) {
            if (!Double.isFinite(boundaries[i]) || (i > 0 && !(boundaries[i] > boundaries[i - 1]))) {
                throw new IllegalArgumentException("PiecewiseConstant: expected strictly increasing, finite boundaries."
                        + " Received: " + Arrays.toString(boundaries));
            }
        }
        for (double value : values) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("PiecewiseConstant: expected values >= 0. Received: " + Arrays.toString(values));
            }
        }
        this.boundaries = boundaries.clone();
        this.values = values.clone();
        this.per = Objects.requireNonNull(per, "per");
    }

    @Override
    public double rate(long step, int epoch) {
        double t = per.t(step, epoch);
        for (int i = 0; i < boundaries.length; i++) {
            if (t <= boundaries[i]) {
                return values[i];
            }
        }
        return values[boundaries.length];
    }
}
