package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RmsPropTest {
    private static final float[] W0 = {1.0f, -2.0f, 0.5f};
    private static final float[] C = {1.0f, 0.5f, 3.0f};
    private static final double[] RATES = {0.01, 0.02, 0.005};
    private static final double RHO = 0.9;
    private static final double EPS = 1e-7;

    @Test
    void withoutMomentum() {
        check(0, false);
    }

    @Test
    void withMomentum() {
        check(0.5, false);
    }

    @Test
    void centered() {
        check(0, true);
    }

    @Test
    void centeredWithMomentum() {
        check(0.5, true);
    }

    @Test
    void centeredKeepsTheAverageGradientAsAStateVariable() {
        try (var harness = new OptimizerHarness(new RmsProp(0.01, RHO, 0.5, EPS, true), W0, C)) {
            assertTrue(harness.hasOperation("optimizer/layer/w/velocity"));
            assertTrue(harness.hasOperation("optimizer/layer/w/average_gradient"));
            assertTrue(harness.hasOperation("optimizer/layer/w/momentum"));
        }
    }

    @Test
    void rejectsOutOfRangeHyperparameters() {
        var error = assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.001, 1.0, 0, 1e-7, false));
        assertEquals("RMSprop: expected rho and momentum in [0, 1) and a positive epsilon. Received: rho=1.0,"
                + " momentum=0.0, epsilon=1.0E-7", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.001, 0.9, -0.1, 1e-7, true));
    }

    /**
     * Keras's rule (rmsprop.py): v = ρv + (1 − ρ)g²; centered: ḡ = ρḡ + (1 − ρ)g and
     * d = v − ḡ² + ε, else d = v + ε; Δ = lr·g/sqrt(d); w −= Δ, or m = μm + Δ; w −= m.
     */
    private static void check(double mu, boolean centered) {
        try (var harness = new OptimizerHarness(new RmsProp(0.01, RHO, mu, EPS, centered), W0, C)) {
            double[] w = OptimizerHarness.toDouble(W0);
            double[] v = new double[w.length];
            double[] average = new double[w.length];
            double[] m = new double[w.length];
            for (int step = 0; step < RATES.length; step++) {
                for (int i = 0; i < w.length; i++) {
                    double g = harness.gradient(w[i], i);
                    v[i] = RHO * v[i] + (1 - RHO) * g * g;
                    average[i] = RHO * average[i] + (1 - RHO) * g;
                    double denominator = centered ? v[i] - average[i] * average[i] + EPS : v[i] + EPS;
                    double delta = RATES[step] * g / Math.sqrt(denominator);
                    m[i] = mu * m[i] + delta;
                    w[i] -= m[i];
                }
                assertClose(w, harness.step(RATES[step]), 1e-6, "after step " + (step + 1));
            }
        }
    }
}
