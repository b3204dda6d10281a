package dev.lamina.runtime.schedule;

import java.util.Objects;

/**
 * Keras's {@code ExponentialDecay(initial_learning_rate, decay_steps, decay_rate, staircase)}:
 * <pre>
 *   rate(t) = lr0 · decayRate^(t / s)          (staircase: decayRate^floor(t / s))
 * </pre>
 * with t the step or the epoch ({@link Granularity}). The chapter's per-epoch
 * {@code 0.01 * 0.1**(epoch / 20)} is {@code new ExponentialDecay(0.01, 0.1, 20, false, Granularity.EPOCH)}.
 */
public final class ExponentialDecay implements LearningRateSchedule {
    private final double initialRate;
    private final double decayRate;
    private final double decaySteps;
    private final boolean staircase;
    private final Granularity per;

    /**
     * @param initialRate lr0, the rate at t = 0, positive
     * @param decayRate the factor applied every {@code decaySteps}, positive (below 1 to decay)
     * @param decaySteps s, the period of one factor in units of t, positive
     * @param staircase whether t / s is floored, so the rate drops in steps; Keras default false
     * @param per what t counts
     */
    public ExponentialDecay(double initialRate, double decayRate, double decaySteps, boolean staircase, Granularity per) {
        this.initialRate = Require.positive("ExponentialDecay", "initialRate", initialRate);
        this.decayRate = Require.positive("ExponentialDecay", "decayRate", decayRate);
        this.decaySteps = Require.positive("ExponentialDecay", "decaySteps", decaySteps);
        this.staircase = staircase;
        this.per = Objects.requireNonNull(per, "per");
    }

    @Override
    public double rate(long step, int epoch) {
        double p = per.t(step, epoch) / decaySteps;
        return initialRate * Math.pow(decayRate, staircase ? Math.floor(p) : p);
    }
}
