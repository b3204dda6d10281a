package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdagradTest {
    private static final float[] W0 = {1.0f, -2.0f, 0.5f};
    private static final float[] C = {1.0f, 0.5f, 3.0f};
    private static final double[] RATES = {0.1, 0.05, 0.2};

    /** Keras's rule (adagrad.py): acc += g²; w −= lr·g / sqrt(acc + ε), acc starting at 0.1. */
    @Test
    void threeStepsFollowTheUpdateRule() {
        check(0.1, 1e-7);
    }

    /** Starting from an empty accumulator, ε alone keeps the first division finite. */
    @Test
    void anEmptyAccumulatorWithEpsilon() {
        check(0, 1e-7);
    }

    private static void check(double initial, double epsilon) {
        try (var harness = new OptimizerHarness(new Adagrad(0.1, initial, epsilon), W0, C)) {
            double[] w = OptimizerHarness.toDouble(W0);
            double[] acc = new double[w.length];
            java.util.Arrays.fill(acc, initial);
            for (int step = 0; step < RATES.length; step++) {
                for (int i = 0; i < w.length; i++) {
                    double g = harness.gradient(w[i], i);
                    acc[i] += g * g;
                    w[i] -= RATES[step] * g / Math.sqrt(acc[i] + epsilon);
                }
                assertClose(w, harness.step(RATES[step]), 1e-6, "after step " + (step + 1));
            }
            assertTrue(harness.hasOperation("optimizer/layer/w/accumulator"));
        }
    }

    @Test
    void rejectsInvalidHyperparameters() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Adagrad(0.001, -0.1, 1e-7));
        assertEquals("Adagrad: expected an initial accumulator >= 0 and an epsilon >= 0, not both 0. Received:"
                + " initialAccumulator=-0.1, epsilon=1.0E-7", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adagrad(0.001, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adagrad(0.001, 0.1, Double.NaN));
    }
}
