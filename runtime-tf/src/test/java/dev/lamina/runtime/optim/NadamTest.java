package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NadamTest {
    private static final float[][] W0 = {{1.0f, -2.0f, 0.5f}, {0.8f, -1.5f}};
    private static final float[][] C = {{1.0f, 0.5f, 3.0f}, {2.0f, 0.25f}};
    private static final double[] RATES = {0.1, 0.03, 0.05};
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;
    private static final double EPS = 1e-7;

    /**
     * Keras 3's rule (nadam.py), with two weights: if Π were advanced once per weight, or a weight
     * read it before this step's update, the second weight's trajectory would be off.
     * u_t = β1(1 − ½·0.96^t); Π_t = Π_{t−1}·u_t; m = β1 m + (1 − β1) g; v = β2 v + (1 − β2) g²;
     * m̂ = u_{t+1}·m/(1 − Π_t·u_{t+1}) + (1 − u_t)·g/(1 − Π_t); v̂ = v/(1 − β2^t);
     * w −= lr·m̂/(sqrt(v̂) + ε).
     */
    @Test
    void threeStepsWithOneSharedProduct() {
        try (var harness = new OptimizerHarness(new Nadam(0.1, B1, B2, EPS), W0, C)) {
            double[][] w = {OptimizerHarness.toDouble(W0[0]), OptimizerHarness.toDouble(W0[1])};
            double[][] m = {new double[3], new double[2]};
            double[][] v = {new double[3], new double[2]};
            double product = 1;
            for (int t = 1; t <= RATES.length; t++) {
                double lr = RATES[t - 1];
                double u = B1 * (1 - 0.5 * Math.pow(0.96, t));
                double uNext = B1 * (1 - 0.5 * Math.pow(0.96, t + 1));
                product *= u;
                for (int k = 0; k < 2; k++) {
                    for (int i = 0; i < w[k].length; i++) {
                        double g = harness.gradient(k, w[k][i], i);
                        m[k][i] = B1 * m[k][i] + (1 - B1) * g;
                        v[k][i] = B2 * v[k][i] + (1 - B2) * g * g;
                        double mHat = uNext * m[k][i] / (1 - product * uNext) + (1 - u) * g / (1 - product);
                        double vHat = v[k][i] / (1 - Math.pow(B2, t));
                        w[k][i] -= lr * mHat / (Math.sqrt(vHat) + EPS);
                    }
                }
                harness.step(lr);
                assertClose(w[0], harness.weight(0), 1e-6, "first weight after step " + t);
                assertClose(w[1], harness.weight(1), 1e-6, "second weight after step " + t);
                assertClose(new double[] {product}, harness.read("optimizer/nadam_u_product"), 1e-6, "Π after step " + t);
            }
        }
    }

    @Test
    void theProductIsOneStateVariable() {
        try (var harness = new OptimizerHarness(new Nadam(0.001, B1, B2, EPS), W0, C)) {
            // The model's counters, the harness's weights, Π once, then each weight's moments.
            assertEquals(List.of("optimizer/iterations", "training/seed", "layer/w", "layer/w1", "optimizer/nadam_u_product", "optimizer/layer/w/m",
                    "optimizer/layer/w/v", "optimizer/layer/w1/m", "optimizer/layer/w1/v"), harness.variableNames());
            assertEquals(1f, harness.read("optimizer/nadam_u_product")[0]);
        }
    }

    @Test
    void rejectsOutOfRangeHyperparameters() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Nadam(0.001, 0.9, 0.999, -1e-7));
        assertEquals("Nadam: expected beta1 and beta2 in [0, 1) and a positive epsilon. Received: beta1=0.9,"
                + " beta2=0.999, epsilon=-1.0E-7", error.getMessage());
    }
}
