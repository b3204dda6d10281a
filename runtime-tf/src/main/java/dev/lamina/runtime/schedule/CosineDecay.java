package dev.lamina.runtime.schedule;

import java.util.Objects;

/**
 * Keras 3's {@code CosineDecay(initial_learning_rate, decay_steps, alpha, warmup_target,
 * warmup_steps)} (Loshchilov and Hutter, 2017), with t the step or the epoch ({@link Granularity}):
 * <pre>
 *   decay(s, from) = from · ((1 − α) · ½(1 + cos(π·s / decaySteps)) + α)
 *
 *   no warm-up (warmupTarget NaN):  rate(t) = decay(min(t, decaySteps), initialRate)
 *   warm-up:  t' = min(t, warmupSteps + decaySteps)
 *             rate(t) = initialRate + (warmupTarget − initialRate) · t' / warmupSteps   for t' < warmupSteps
 *             rate(t) = decay(t' − warmupSteps, warmupTarget)                          otherwise
 * </pre>
 * The rate warms up linearly from {@code initialRate} to {@code warmupTarget}, then follows a half
 * cosine down to {@code α·warmupTarget} (or {@code α·initialRate} without warm-up), where it stays.
 * With warm-up 0 steps and a target, the decay starts from the target at once, as in Keras.
 */
public final class CosineDecay implements LearningRateSchedule {
    private final double initialRate;
    private final double decaySteps;
    private final double alpha;
    private final double warmupSteps;
    private final double warmupTarget;
    private final Granularity per;

    /**
     * @param initialRate the rate at t = 0, ≥ 0 (0 is usual before a warm-up)
     * @param decaySteps the length of the cosine, in units of t, positive
     * @param alpha the final rate as a fraction of the decay's start, in [0, 1]; Keras default 0
     * @param warmupSteps the length of the linear warm-up, ≥ 0; Keras default 0. Keras ignores it
     *     when there is no warm-up target; here that is an error, since it is surely a mistake
     * @param warmupTarget the rate the warm-up reaches, ≥ 0, or NaN for no warm-up (Keras's
     *     {@code warmup_target=None}, its default)
     * @param per what t counts
     */
    public CosineDecay(double initialRate, double decaySteps, double alpha, double warmupSteps, double warmupTarget,
            Granularity per) {
        this.initialRate = Require.nonNegative("CosineDecay", "initialRate", initialRate);
        this.decaySteps = Require.positive("CosineDecay", "decaySteps", decaySteps);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("CosineDecay: expected alpha in [0, 1]. Received: alpha=" + alpha);
        }
        this.alpha = alpha;
        this.warmupSteps = Require.nonNegative("CosineDecay", "warmupSteps", warmupSteps);
        if (Double.isNaN(warmupTarget)) {
            if (warmupSteps > 0) {
                throw new IllegalArgumentException("CosineDecay: expected a warmupTarget with warmupSteps > 0."
                        + " Received: warmupSteps=" + warmupSteps + ", warmupTarget=NaN");
            }
        } else {
            Require.nonNegative("CosineDecay", "warmupTarget", warmupTarget);
        }
        this.warmupTarget = warmupTarget;
        this.per = Objects.requireNonNull(per, "per");
    }

    @Override
    public double rate(long step, int epoch) {
        double t = per.t(step, epoch);
        if (Double.isNaN(warmupTarget)) {
            return decay(Math.min(t, decaySteps), initialRate);
        }
        t = Math.min(t, warmupSteps + decaySteps);
        if (t < warmupSteps) {
            return (warmupTarget - initialRate) * (t / warmupSteps) + initialRate;
        }
        return decay(t - warmupSteps, warmupTarget);
    }

    private double decay(double s, double from) {
        double cosine = 0.5 * (1 + Math.cos(Math.PI * s / decaySteps));
        return from * ((1 - alpha) * cosine + alpha);
    }
}
