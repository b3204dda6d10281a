package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SgdTest {
    private static final float[] W0 = {1.0f, -2.0f};
    private static final float[] C = {1.0f, 0.5f};
    /** A rate that changes between steps: where Keras's velocity (lr·g) and TF's (g) differ. */
    private static final double[] RATES = {0.1, 0.05, 0.2};

    @Test
    void plainStepsAreLearningRateTimesGradient() {
        check(0, false);
    }

    @Test
    void momentumAccumulatesScaledGradients() {
        check(0.9, false);
    }

    @Test
    void nesterovLooksAhead() {
        check(0.9, true);
    }

    @Test
    void rejectsAMomentumOutsideZeroToOne() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Sgd(0.01, 1.0, false));
        assertEquals("SGD: expected a momentum in [0, 1). Received: momentum=1.0", error.getMessage());
    }

    /** Keras's rule: v = μv − lr·g; w += v (classic) or w += μv − lr·g (Nesterov). */
    private static void check(double mu, boolean nesterov) {
        try (var harness = new OptimizerHarness(new Sgd(0.1, mu, nesterov), W0, C)) {
            double[] w = {W0[0], W0[1]};
            double[] v = new double[2];
            for (int step = 0; step < RATES.length; step++) {
                double lr = RATES[step];
                for (int i = 0; i < 2; i++) {
                    double g = harness.gradient(w[i], i);
                    v[i] = mu * v[i] - lr * g;
                    w[i] += nesterov ? mu * v[i] - lr * g : v[i];
                }
                assertClose(w, harness.step(lr), 1e-6, "after step " + (step + 1));
            }
        }
    }
}
