package dev.lamina.runtime.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The closed-form schedules, at chosen steps, against their formulas computed here. */
class DecaySchedulesTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void constantRateIsConstant() {
        var schedule = new ConstantRate(0.01);
        assertEquals(0.01, schedule.rate(0, 0));
        assertEquals(0.01, schedule.rate(1_000_000, 99));
        var error = assertThrows(IllegalArgumentException.class, () -> new ConstantRate(0));
        assertEquals("ConstantRate: expected a positive rate. Received: 0.0", error.getMessage());
    }

    /** The chapter's {@code 0.01 * 0.1**(epoch / 20)}: per epoch, whatever the step. */
    @Test
    void exponentialDecayPerEpoch() {
        var schedule = new ExponentialDecay(0.01, 0.1, 20, false, Granularity.EPOCH);
        for (int epoch : new int[] {0, 1, 7, 20, 33}) {
            assertEquals(0.01 * Math.pow(0.1, epoch / 20.0), schedule.rate(12_345, epoch), TOLERANCE, "epoch " + epoch);
        }
        assertEquals(0.001, schedule.rate(0, 20), TOLERANCE);
    }

    /** Keras's ExponentialDecay: per step, smooth or in stairs (floor(t / s)). */
    @Test
    void exponentialDecayPerStepAndStaircase() {
        var smooth = new ExponentialDecay(0.1, 0.96, 1000, false, Granularity.STEP);
        var stairs = new ExponentialDecay(0.1, 0.96, 1000, true, Granularity.STEP);
        for (long step : new long[] {0, 1, 999, 1000, 1001, 2500}) {
            assertEquals(0.1 * Math.pow(0.96, step / 1000.0), smooth.rate(step, 3), TOLERANCE, "step " + step);
            assertEquals(0.1 * Math.pow(0.96, Math.floor(step / 1000.0)), stairs.rate(step, 3), TOLERANCE, "step " + step);
        }
        assertEquals(0.1, stairs.rate(999, 0), TOLERANCE);
        assertEquals(0.096, stairs.rate(1000, 0), TOLERANCE);
    }

    /** Géron's power scheduling lr0 / (1 + t/s)^c; c = 1 halves the rate at t = s. */
    @Test
    void powerDecay() {
        var schedule = new PowerDecay(0.01, 500, 1, Granularity.STEP);
        assertEquals(0.01, schedule.rate(0, 0), TOLERANCE);
        assertEquals(0.005, schedule.rate(500, 0), TOLERANCE);
        var squared = new PowerDecay(0.01, 10, 2, Granularity.EPOCH);
        for (int epoch : new int[] {0, 3, 10, 25}) {
            assertEquals(0.01 / Math.pow(1 + epoch / 10.0, 2), squared.rate(77, epoch), TOLERANCE, "epoch " + epoch);
        }
    }

    /** Keras's PiecewiseConstantDecay: a t equal to a boundary keeps the earlier value. */
    @Test
    void piecewiseConstantAtAndAroundTheBoundaries() {
        var schedule = new PiecewiseConstant(new double[] {4, 14}, new double[] {0.01, 0.005, 0.001}, Granularity.EPOCH);
        assertEquals(0.01, schedule.rate(0, 0));
        assertEquals(0.01, schedule.rate(0, 4));
        assertEquals(0.005, schedule.rate(0, 5));
        assertEquals(0.005, schedule.rate(0, 14));
        assertEquals(0.001, schedule.rate(0, 15));
        assertEquals(0.001, schedule.rate(0, 1000));
        var perStep = new PiecewiseConstant(new double[] {100_000, 110_000}, new double[] {1.0, 0.5, 0.1}, Granularity.STEP);
        assertEquals(1.0, perStep.rate(100_000, 0));
        assertEquals(0.5, perStep.rate(100_001, 0));
        assertEquals(0.1, perStep.rate(110_001, 0));
    }

    @Test
    void piecewiseConstantRejectsMismatchedOrUnorderedArguments() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseConstant(new double[] {5, 15}, new double[] {0.01, 0.005}, Granularity.EPOCH));
        assertEquals("PiecewiseConstant: expected one more value than boundaries. Received: 2 boundaries [5.0, 15.0]"
                + " and 2 values [0.01, 0.005]", error.getMessage());
        error = assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseConstant(new double[] {15, 15}, new double[] {0.01, 0.005, 0.001}, Granularity.EPOCH));
        assertEquals("PiecewiseConstant: expected strictly increasing, finite boundaries. Received: [15.0, 15.0]",
                error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseConstant(new double[] {15, 5}, new double[] {0.01, 0.005, 0.001}, Granularity.EPOCH));
        assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseConstant(new double[] {5}, new double[] {0.01, -1}, Granularity.EPOCH));
    }

    /** The arrays are copied: changing the caller's array later changes nothing. */
    @Test
    void piecewiseConstantCopiesItsArrays() {
        double[] values = {0.1, 0.01};
        var schedule = new PiecewiseConstant(new double[] {10}, values, Granularity.STEP);
        values[0] = 99;
        assertEquals(0.1, schedule.rate(0, 0));
    }

    /** Keras's CosineDecay without warm-up: from lr0 down to α·lr0 over decaySteps, then flat. */
    @Test
    void cosineDecayWithoutWarmup() {
        var schedule = new CosineDecay(0.1, 1000, 0.05, 0, Double.NaN, Granularity.STEP);
        for (long step : new long[] {0, 1, 250, 500, 999, 1000, 5000}) {
            double s = Math.min(step, 1000);
            double expected = 0.1 * (0.95 * 0.5 * (1 + Math.cos(Math.PI * s / 1000)) + 0.05);
            assertEquals(expected, schedule.rate(step, 0), TOLERANCE, "step " + step);
        }
        assertEquals(0.1, schedule.rate(0, 0), TOLERANCE);
        assertEquals(0.005, schedule.rate(1000, 0), TOLERANCE);
    }

    /** Keras's CosineDecay with warm-up: linear from lr0 to the target, then cosine from the target. */
    @Test
    void cosineDecayWithWarmup() {
        var schedule = new CosineDecay(0.0, 100, 0.0, 10, 0.2, Granularity.STEP);
        assertEquals(0.0, schedule.rate(0, 0), TOLERANCE);
        assertEquals(0.2 * 3 / 10, schedule.rate(3, 0), TOLERANCE);
        assertEquals(0.2, schedule.rate(10, 0), TOLERANCE);
        assertEquals(0.2 * 0.5 * (1 + Math.cos(Math.PI * 40 / 100)), schedule.rate(50, 0), TOLERANCE);
        assertEquals(0.0, schedule.rate(110, 0), TOLERANCE);
        assertEquals(0.0, schedule.rate(500, 0), TOLERANCE);
        var fromNonZero = new CosineDecay(0.01, 20, 0.1, 5, 0.1, Granularity.EPOCH);
        assertEquals(0.01 + (0.1 - 0.01) * 2 / 5, fromNonZero.rate(0, 2), TOLERANCE);
        assertEquals(0.1 * 0.1, fromNonZero.rate(0, 40), TOLERANCE);
    }

    @Test
    void invalidArguments() {
        var error = assertThrows(IllegalArgumentException.class, () -> new ExponentialDecay(0.01, 0.1, 0, false, Granularity.EPOCH));
        assertEquals("ExponentialDecay: expected a positive decaySteps. Received: decaySteps=0.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ExponentialDecay(-0.01, 0.1, 20, false, Granularity.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialDecay(0.01, 0, 20, false, Granularity.EPOCH));
        assertThrows(NullPointerException.class, () -> new ExponentialDecay(0.01, 0.1, 20, false, null));
        error = assertThrows(IllegalArgumentException.class, () -> new PowerDecay(0.01, 10, -1, Granularity.STEP));
        assertEquals("PowerDecay: expected power >= 0. Received: power=-1.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PowerDecay(0.01, Double.NaN, 1, Granularity.STEP));
        error = assertThrows(IllegalArgumentException.class, () -> new CosineDecay(0.1, 100, 1.5, 0, Double.NaN, Granularity.STEP));
        assertEquals("CosineDecay: expected alpha in [0, 1]. Received: alpha=1.5", error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> new CosineDecay(0.0, 100, 0, 10, Double.NaN, Granularity.STEP));
        assertEquals("CosineDecay: expected a warmupTarget with warmupSteps > 0. Received: warmupSteps=10.0,"
                + " warmupTarget=NaN", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CosineDecay(0.1, 0, 0, 0, Double.NaN, Granularity.STEP));
    }
}
