package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.AdamTest.B1;
import static dev.lamina.runtime.optim.AdamTest.B2;
import static dev.lamina.runtime.optim.AdamTest.C;
import static dev.lamina.runtime.optim.AdamTest.EPS;
import static dev.lamina.runtime.optim.AdamTest.RATES;
import static dev.lamina.runtime.optim.AdamTest.W0;
import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdamWTest {
    /** Large enough that the decay moves the weights far beyond the tolerance: lr·wd·w ≈ 5e-3. */
    private static final double WD = 0.05;

    /** w −= lr·wd·w, then Adam's update from the gradient taken before the decay (Keras's order). */
    @Test
    void decaysThenAppliesAdam() {
        check(W0, false, B2);
    }

    @Test
    void decaysThenAppliesAmsgrad() {
        check(AdamTest.W0_AMSGRAD, true, AdamTest.B2_AMSGRAD);
    }

    private static void check(float[] w0, boolean amsgrad, double beta2) {
        try (var harness = new OptimizerHarness(new AdamW(0.1, WD, B1, beta2, EPS, amsgrad), w0, C)) {
            double[][] expected = AdamTest.reference(harness, w0, B1, beta2, amsgrad, WD);
            double[][] withoutDecay = AdamTest.reference(harness, w0, B1, beta2, amsgrad, 0);
            for (int t = 1; t <= RATES.length; t++) {
                assertClose(expected[t - 1], harness.step(RATES[t - 1]), 1e-6, "after step " + t);
            }
            assertTrue(Math.abs(expected[2][1] - withoutDecay[2][1]) > 1e-3, "the decay made no difference");
        }
    }

    @Test
    void rejectsANegativeDecay() {
        var error = assertThrows(IllegalArgumentException.class, () -> new AdamW(0.001, -0.004, 0.9, 0.999, 1e-7, false));
        assertEquals("AdamW: expected a weight decay >= 0. Received: weightDecay=-0.004", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AdamW(0.001, 0.004, 0.9, 1.5, 1e-7, false));
    }
}
