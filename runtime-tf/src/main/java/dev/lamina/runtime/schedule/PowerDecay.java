package dev.lamina.runtime.schedule;

import java.util.Objects;

/**
 * Power scheduling (Géron, ch. 11):
 * <pre>
 *   rate(t) = lr0 / (1 + t / s)^c
 * </pre>
 * with t the step or the epoch ({@link Granularity}): the rate halves after s steps when c = 1,
 * then falls ever more slowly. Keras's {@code InverseTimeDecay(lr0, s, 1)} is the c = 1 case.
 */
public final class PowerDecay implements LearningRateSchedule {
    private final double initialRate;
    private final double decaySteps;
    private final double power;
    private final Granularity per;

    /**
     * @param initialRate lr0, the rate at t = 0, positive
     * @param decaySteps s, in units of t, positive
     * @param power c, ≥ 0; Géron uses 1
     * @param per what t counts
     */
    public PowerDecay(double initialRate, double decaySteps, double power, Granularity per) {
        this.initialRate = Require.positive("PowerDecay", "initialRate", initialRate);
        this.decaySteps = Require.positive("PowerDecay", "decaySteps", decaySteps);
        this.power = Require.nonNegative("PowerDecay", "power", power);
        this.per = Objects.requireNonNull(per, "per");
    }

    @Override
    public double rate(long step, int epoch) {
        return initialRate / Math.pow(1 + per.t(step, epoch) / decaySteps, power);
    }
}
