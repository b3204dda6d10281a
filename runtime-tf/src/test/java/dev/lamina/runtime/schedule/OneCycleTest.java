package dev.lamina.runtime.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OneCycleTest {
    private static final double TOLERANCE = 1e-12;

    /**
     * Géron's OneCycleScheduler over 25 epochs of 430 steps: iterations 10 750,
     * last_iterations = 10 750 // 10 + 1 = 1 076, half = (10 750 − 1 076) // 2 = 4 837.
     */
    @Test
    void risesToThePeakAtHalfThenFallsBackAndAnnihilates() {
        var schedule = new OneCycle(0.1, Double.NaN, Double.NaN, 0.1);
        schedule.start(25, 430, 0.001);
        assertEquals(10_750, schedule.iterations());
        assertEquals(4_837, schedule.half());
        double start = 0.01;
        double last = start / 1000;
        long origin = 2_000; // steps taken by an earlier fit: this fit counts from its first step
        double[] rates = new double[10_750];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = schedule.rate(origin + i, i / 430);
        }
        assertEquals(start, rates[0], TOLERANCE);
        assertEquals(start + (0.1 - start) * 1000 / 4837, rates[1000], TOLERANCE);
        for (int i = 1; i < 4837; i++) {
            assertTrue(rates[i] > rates[i - 1], "rising at " + i);
        }
        assertEquals(0.1, rates[4837], TOLERANCE);
        for (int i = 4838; i < 9674; i++) {
            assertTrue(rates[i] < rates[i - 1], "falling at " + i);
        }
        assertEquals(start, rates[9674], TOLERANCE);
        assertEquals(start + (last - start) * (10_749 - 9674) / (10_750 - 9674.0), rates[10_749], TOLERANCE);
        // The last step is one decrement of the final ramp short of lastRate (it reaches it at i = iterations).
        assertEquals(last, rates[10_749], (start - last) / (10_750 - 9674) + TOLERANCE, "the last step ends near lastRate");
        assertEquals(last, schedule.rate(origin + 10_750, 25), TOLERANCE);
    }

    @Test
    void explicitRatesAndFraction() {
        var schedule = new OneCycle(0.05, 0.005, 1e-6, 0.2);
        schedule.start(1, 100, 0.001);
        // last = floor(100 · 0.2) + 1 = 21; half = (100 − 21) // 2 = 39.
        assertEquals(39, schedule.half());
        assertEquals(0.005, schedule.rate(0, 0), TOLERANCE);
        assertEquals(0.05, schedule.rate(39, 0), TOLERANCE);
        assertEquals(0.005, schedule.rate(78, 0), TOLERANCE);
        assertEquals(0.005 + (1e-6 - 0.005) * 21 / 22.0, schedule.rate(99, 0), TOLERANCE);
    }

    /** A second fit starts a new cycle from its own first step. */
    @Test
    void startBeginsANewCycle() {
        var schedule = new OneCycle(0.1, Double.NaN, Double.NaN, 0.1);
        schedule.start(1, 50, 0.001);
        for (int i = 0; i < 50; i++) {
            schedule.rate(i, 0);
        }
        schedule.start(1, 50, 0.001);
        assertEquals(0.01, schedule.rate(50, 0), TOLERANCE);
    }

    @Test
    void invalidArguments() {
        var error = assertThrows(IllegalArgumentException.class, () -> new OneCycle(0.01, 0.1, Double.NaN, 0.1));
        assertEquals("OneCycle: expected maxRate >= startRate. Received: maxRate=0.01, startRate=0.1", error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> new OneCycle(0.1, Double.NaN, Double.NaN, 1.0));
        assertEquals("OneCycle: expected lastFraction in [0, 1). Received: lastFraction=1.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new OneCycle(0, Double.NaN, Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new OneCycle(0.1, -0.01, Double.NaN, 0.1));
        var notStarted = new OneCycle(0.1, Double.NaN, Double.NaN, 0.1);
        assertThrows(IllegalStateException.class, () -> notStarted.rate(0, 0));
    }

    /**
     * The momentum mirrors the rate (PyTorch's three-phase OneCycleLR with linear annealing):
     * 0.95 → 0.85 on [0, half), 0.85 → 0.95 on [half, 2·half), then 0.95 to the end.
     */
    @Test
    void momentumFallsWhileTheRateRisesAndReturns() {
        var schedule = new OneCycle(0.1, Double.NaN, Double.NaN, 0.1).withMomentum(0.95, 0.85);
        schedule.start(25, 430, 0.001);
        long origin = 700;
        for (int i = 0; i < 10_750; i++) {
            double rate = schedule.rate(origin + i, i / 430);
            double momentum = schedule.momentum(origin + i, i / 430);
            double expected = i < 4837 ? 0.95 + (0.85 - 0.95) * i / 4837.0
                    : i < 9674 ? 0.85 + (0.95 - 0.85) * (i - 4837) / 4837.0
                    : 0.95;
            assertEquals(expected, momentum, TOLERANCE, "momentum at " + i);
            if (i < 9674) {
                // Rate and momentum move in opposite directions, in proportion, through the cycle.
                assertEquals((rate - 0.01) / (0.1 - 0.01), (0.95 - momentum) / (0.95 - 0.85), 1e-9, "at " + i);
            }
        }
        assertEquals(0.85, schedule.momentum(origin + 4837, 11), TOLERANCE);
    }

    @Test
    void withoutMomentumTheOptimizersOwnApplies() {
        var schedule = new OneCycle(0.1, Double.NaN, Double.NaN, 0.1);
        schedule.start(1, 100, 0.001);
        schedule.rate(0, 0);
        assertTrue(Double.isNaN(schedule.momentum(0, 0)));
    }

    @Test
    void rejectsABaseMomentumAboveTheMaximum() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new OneCycle(0.1, Double.NaN, Double.NaN, 0.1).withMomentum(0.85, 0.95));
        assertEquals("OneCycle: expected 0 < baseMomentum <= maxMomentum < 1. Received: maxMomentum=0.85,"
                + " baseMomentum=0.95", error.getMessage());
    }
}
