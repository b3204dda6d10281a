package dev.lamina.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdamTest {
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;
    private static final double EPS = 1e-7;

    /** Two steps at different rates against Adam's rule, computed by hand in double precision. */
    @Test
    void twoStepsFollowTheUpdateRule() {
        float[] w0 = {1.0f, -2.0f, 0.5f};
        float[] c = {1.0f, 0.5f, 3.0f};
        double[] rates = {0.1, 0.03};
        try (var harness = new OptimizerHarness(new Adam(0.1, B1, B2, EPS), w0, c)) {
            double[] w = {w0[0], w0[1], w0[2]};
            double[] m = new double[3];
            double[] v = new double[3];
            for (int t = 1; t <= 2; t++) {
                double lr = rates[t - 1];
                double alpha = lr * Math.sqrt(1 - Math.pow(B2, t)) / (1 - Math.pow(B1, t));
                for (int i = 0; i < 3; i++) {
                    double g = harness.gradient(w[i], i);
                    m[i] = B1 * m[i] + (1 - B1) * g;
                    v[i] = B2 * v[i] + (1 - B2) * g * g;
                    w[i] -= alpha * m[i] / (Math.sqrt(v[i]) + EPS);
                }
                assertArrayEquals(toFloat(w), harness.step(lr), 2e-6f, "after step " + t);
            }
        }
    }

    /** Adam's first step moves every weight by about lr, whatever the gradient's size. */
    @Test
    void firstStepIsAboutTheLearningRate() {
        try (var harness = new OptimizerHarness(new Adam(0.01, B1, B2, EPS), new float[] {5f}, new float[] {100f})) {
            assertEquals(5f - 0.01f, harness.step(0.01)[0], 1e-5f);
        }
    }

    @Test
    void rejectsOutOfRangeHyperparameters() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Adam(0.001, 1.0, 0.999, 1e-7));
        assertEquals("Adam: expected beta1 and beta2 in [0, 1) and a positive epsilon. Received: beta1=1.0,"
                + " beta2=0.999, epsilon=1.0E-7", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adam(0, 0.9, 0.999, 1e-7));
    }

    static float[] toFloat(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
