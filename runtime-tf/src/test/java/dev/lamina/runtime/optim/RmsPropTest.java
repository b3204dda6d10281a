package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.AdamTest.toFloat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RmsPropTest {
    private static final float[] W0 = {1.0f, -2.0f};
    private static final float[] C = {1.0f, 0.5f};

    @Test
    void withoutMomentum() {
        check(0);
    }

    @Test
    void withMomentum() {
        check(0.5);
    }

    /** Keras's rule: v = ρv + (1 − ρ)g²; Δ = lr·g / sqrt(v + ε); w −= Δ, or m = μm + Δ; w −= m. */
    private static void check(double mu) {
        double rho = 0.9;
        double eps = 1e-7;
        double[] rates = {0.01, 0.02};
        try (var harness = new OptimizerHarness(new RmsProp(0.01, rho, mu, eps), W0, C)) {
            double[] w = {W0[0], W0[1]};
            double[] v = new double[2];
            double[] m = new double[2];
            for (int step = 0; step < rates.length; step++) {
                for (int i = 0; i < 2; i++) {
                    double g = harness.gradient(w[i], i);
                    v[i] = rho * v[i] + (1 - rho) * g * g;
                    double delta = rates[step] * g / Math.sqrt(v[i] + eps);
                    m[i] = mu * m[i] + delta;
                    w[i] -= m[i];
                }
                assertArrayEquals(toFloat(w), harness.step(rates[step]), 1e-6f, "after step " + (step + 1));
            }
        }
    }
}
