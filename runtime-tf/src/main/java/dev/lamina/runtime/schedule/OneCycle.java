package dev.lamina.runtime.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Géron's {@code OneCycleScheduler} (ch. 11; Smith's 1cycle, learning rate only), over the
 * {@code iterations = epochs × stepsPerEpoch} steps of one fit:
 * <pre>
 *   last = floor(iterations · lastFraction) + 1       (Géron: iterations // 10 + 1, lastFraction 0.1)
 *   half = (iterations − last) // 2
 *   rate(i) = startRate → maxRate      linearly on [0, half)
 *             maxRate → startRate      linearly on [half, 2·half)
 *             startRate → lastRate     linearly on [2·half, iterations]
 * </pre>
 * where {@code a → b} on {@code [i1, i2)} is {@code a + (b − a)·(i − i1)/(i2 − i1)}: the rate
 * peaks at {@code maxRate} at step {@code half}, is back to {@code startRate} at {@code 2·half}
 * and nears {@code lastRate} on the last step. i counts the steps of this fit: the step passed
 * to the first {@link #rate} call after {@link #start} is i = 0 (Géron's callback counts batches
 * from 0 likewise). Past {@code iterations} (which one fit never reaches) the rate stays at
 * {@code lastRate}.
 *
 * <p>{@link #withMomentum} adds Smith's momentum cycle, mirroring the rate (PyTorch's
 * {@code OneCycleLR(three_phase=True, anneal_strategy="linear", cycle_momentum=True)}):
 * <pre>
 *   momentum(i) = maxMomentum → baseMomentum    linearly on [0, half)
 *                 baseMomentum → maxMomentum    linearly on [half, 2·half)
 *                 maxMomentum                   on [2·half, iterations]
 * </pre>
 * a function of i alone, like the rate, so a resumed run computes the same values from the step.
 */
public final class OneCycle implements LearningRateSchedule {
    private final double maxRate;
    private final double startRate;
    private final double lastRate;
    private final BigDecimal lastFraction;
    private final double maxMomentum;
    private final double baseMomentum;
    private long iterations = -1;
    private long lastIterations;
    private long half;
    private long firstStep = -1;

    /**
     * @param maxRate the peak rate, positive
     * @param startRate the rate at the start and the end of the cycle, positive and ≤ maxRate, or
     *     NaN for Géron's default {@code maxRate / 10}
     * @param lastRate the rate at the very end, positive, or NaN for Géron's default
     *     {@code startRate / 1000}
     * @param lastFraction the fraction of the steps spent on the final annihilation, in [0, 1);
     *     Géron's default 0.1
     */
    public OneCycle(double maxRate, double startRate, double lastRate, double lastFraction) {
        this(maxRate, startRate, lastRate, lastFraction, Double.NaN, Double.NaN);
    }

    private OneCycle(double maxRate, double startRate, double lastRate, double lastFraction, double maxMomentum,
            double baseMomentum) {
        this.maxRate = Require.positive("OneCycle", "maxRate", maxRate);
        this.startRate = Double.isNaN(startRate) ? maxRate / 10 : Require.positive("OneCycle", "startRate", startRate);
        if (this.startRate > maxRate) {
            throw new IllegalArgumentException("OneCycle: expected maxRate >= startRate. Received: maxRate=" + maxRate
                    + ", startRate=" + startRate);
        }
        this.lastRate = Double.isNaN(lastRate) ? this.startRate / 1000 : Require.positive("OneCycle", "lastRate", lastRate);
        if (!(lastFraction >= 0 && lastFraction < 1)) {
            throw new IllegalArgumentException("OneCycle: expected lastFraction in [0, 1). Received: lastFraction=" + lastFraction);
        }
        // Decimal, so that 0.1 · 30 floors to 3 whatever the binary rounding of 0.1.
        this.lastFraction = BigDecimal.valueOf(lastFraction);
        this.maxMomentum = maxMomentum;
        this.baseMomentum = baseMomentum;
    }

    /**
     * This cycle with the momentum cycled between {@code maxMomentum} (at the start and the end) and
     * {@code baseMomentum} (at the rate's peak): Smith's and PyTorch's 0.95 and 0.85. The
     * optimizer must be built with {@code withMomentumCycling()}.
     *
     * @param maxMomentum in (0, 1)
     * @param baseMomentum in (0, maxMomentum]
     */
    public OneCycle withMomentum(double maxMomentum, double baseMomentum) {
        if (!(maxMomentum > 0 && maxMomentum < 1) || !(baseMomentum > 0 && baseMomentum <= maxMomentum)) {
            throw new IllegalArgumentException("OneCycle: expected 0 < baseMomentum <= maxMomentum < 1. Received: maxMomentum="
                    + maxMomentum + ", baseMomentum=" + baseMomentum);
        }
        return new OneCycle(maxRate, startRate, lastRate, lastFraction.doubleValue(), maxMomentum, baseMomentum);
    }

    @Override
    public void start(int epochs, int stepsPerEpoch, double initialRate) {
        iterations = (long) epochs * stepsPerEpoch;
        lastIterations = lastFraction.multiply(BigDecimal.valueOf(iterations)).setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
        half = Math.max(0, (iterations - lastIterations) / 2);
        firstStep = -1;
    }

    @Override
    public double rate(long step, int epoch) {
        if (iterations < 0) {
            throw new IllegalStateException("OneCycle: expected start() before rate(). Received: rate(" + step + ", " + epoch + ")");
        }
        long i = index(step);
        if (i < half) {
            return interpolate(i, 0, half, startRate, maxRate);
        }
        if (i < 2 * half) {
            return interpolate(i, half, 2 * half, maxRate, startRate);
        }
        if (i >= iterations) {
            return lastRate;
        }
        return interpolate(i, 2 * half, iterations, startRate, lastRate);
    }

    /** The step this fit began at, once known: the cycle's origin, which a resumed fit must keep. */
    @Override
    public Map<String, Double> trainingState() {
        return firstStep < 0 ? Map.of() : Map.of("firstStep", (double) firstStep);
    }

    @Override
    public void restoreTrainingState(Map<String, Double> state) {
        Double saved = state.get("firstStep");
        if (saved != null) {
            firstStep = saved.longValue();
        }
    }

    /** The momentum of the cycle at {@code step}, or NaN (the optimizer's own) unless {@link #withMomentum} set one. */
    @Override
    public double momentum(long step, int epoch) {
        if (Double.isNaN(maxMomentum)) {
            return Double.NaN;
        }
        long i = index(step);
        if (i < half) {
            return interpolate(i, 0, half, maxMomentum, baseMomentum);
        }
        if (i < 2 * half) {
            return interpolate(i, half, 2 * half, baseMomentum, maxMomentum);
        }
        return maxMomentum;
    }

    /** i, the step counted within this fit (the first step asked for is 0). */
    private long index(long step) {
        if (firstStep < 0) {
            firstStep = step;
        }
        return step - firstStep;
    }

    /** The total number of steps of this fit, known after {@link #start}. */
    public long iterations() {
        return iterations;
    }

    /** The step of the peak, {@code (iterations − last) // 2}, known after {@link #start}. */
    public long half() {
        return half;
    }

    private static double interpolate(long i, long i1, long i2, double rate1, double rate2) {
        return (rate2 - rate1) * (i - i1) / (i2 - i1) + rate1;
    }
}
