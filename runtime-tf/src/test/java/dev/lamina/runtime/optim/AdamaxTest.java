package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdamaxTest {
    private static final float[] W0 = {1.0f, -2.0f, 0.5f};
    private static final float[] C = {1.0f, 0.5f, 3.0f};
    private static final double[] RATES = {0.1, 0.03, 0.05};

    /**
     * Keras's rule (adamax.py): m = β1 m + (1 − β1) g; u = max(β2·u, |g|);
     * w −= (lr/(1 − β1^t))·m/(u + ε). Keras defaults; the shrinking gradients take both sides of
     * the max (|g| at step 1, β2·u after).
     */
    @Test
    void threeStepsFollowTheUpdateRule() {
        double beta1 = 0.9;
        double beta2 = 0.999;
        double eps = 1e-7;
        try (var harness = new OptimizerHarness(new Adamax(0.1, beta1, beta2, eps), W0, C)) {
            double[] w = OptimizerHarness.toDouble(W0);
            double[] m = new double[w.length];
            double[] u = new double[w.length];
            for (int t = 1; t <= RATES.length; t++) {
                double rate = RATES[t - 1] / (1 - Math.pow(beta1, t));
                for (int i = 0; i < w.length; i++) {
                    double g = harness.gradient(w[i], i);
                    m[i] = beta1 * m[i] + (1 - beta1) * g;
                    u[i] = Math.max(beta2 * u[i], Math.abs(g));
                    w[i] -= rate * m[i] / (u[i] + eps);
                }
                assertClose(w, harness.step(RATES[t - 1]), 1e-6, "after step " + t);
            }
        }
    }

    @Test
    void rejectsOutOfRangeHyperparameters() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Adamax(0.001, 0.9, -0.1, 1e-7));
        assertEquals("Adamax: expected beta1 and beta2 in [0, 1) and a positive epsilon. Received: beta1=0.9,"
                + " beta2=-0.1, epsilon=1.0E-7", error.getMessage());
    }
}
