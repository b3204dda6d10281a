package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Momentum fed per step ({@link Optimizer#withMomentumCycling}): each step's update uses that
 * step's μ or β1 in the update rule, computed here in double precision; a step fed nothing uses
 * the declared value, exactly as an optimizer built without cycling.
 */
class MomentumCyclingTest {
    private static final float[] W0 = {1.0f, -2.0f};
    private static final float[] C = {1.0f, 0.5f};
    private static final double[] RATES = {0.1, 0.05, 0.2};
    /** 1cycle's momenta around its peak: falling to 0.85 and back. */
    private static final double[] MOMENTA = {0.95, 0.85, 0.9};

    /** SGD: v = μ_t·v − lr·g; w += v. */
    @Test
    void sgdUsesEachStepsMomentum() {
        Sgd sgd = new Sgd(0.1, 0.9, false);
        sgd.withMomentumCycling();
        try (var harness = new OptimizerHarness(sgd, W0, C)) {
            double[] w = {W0[0], W0[1]};
            double[] v = new double[2];
            for (int step = 0; step < RATES.length; step++) {
                for (int i = 0; i < 2; i++) {
                    v[i] = MOMENTA[step] * v[i] - RATES[step] * harness.gradient(w[i], i);
                    w[i] += v[i];
                }
                assertClose(w, harness.step(RATES[step], MOMENTA[step], sgd), 1e-6, "after step " + (step + 1));
            }
        }
    }

    /**
     * Adam: m = β1_t·m + (1 − β1_t)·g; v as usual; α = lr·sqrt(1 − β2^t)/(1 − β1_t^t), the bias
     * correction read with the current β1 as PyTorch's Adam does under OneCycleLR.
     */
    @Test
    void adamUsesEachStepsBeta1() {
        Adam adam = new Adam(0.1, 0.9, 0.999, 1e-7, false);
        adam.withMomentumCycling();
        try (var harness = new OptimizerHarness(adam, W0, C)) {
            double[] w = {W0[0], W0[1]};
            double[] m = new double[2];
            double[] v = new double[2];
            for (int step = 0; step < RATES.length; step++) {
                int t = step + 1;
                double beta1 = MOMENTA[step];
                double alpha = RATES[step] * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(beta1, t));
                for (int i = 0; i < 2; i++) {
                    double g = harness.gradient(w[i], i);
                    m[i] = beta1 * m[i] + (1 - beta1) * g;
                    v[i] = 0.999 * v[i] + 0.001 * g * g;
                    w[i] -= alpha * m[i] / (Math.sqrt(v[i]) + 1e-7);
                }
                assertClose(w, harness.step(RATES[step], beta1, adam), 1e-5, "after step " + (step + 1));
            }
        }
    }

    /** Not fed, the input holds the declared β1: the same weights as Nadam built without cycling, bit for bit. */
    @Test
    void aStepNotFedUsesTheDeclaredMomentum() {
        Nadam cycling = new Nadam(0.01, 0.9, 0.999, 1e-7);
        cycling.withMomentumCycling();
        try (var fed = new OptimizerHarness(cycling, W0, C);
                var plain = new OptimizerHarness(new Nadam(0.01, 0.9, 0.999, 1e-7), W0, C)) {
            for (double rate : RATES) {
                assertArrayEquals(plain.step(rate), fed.step(rate));
            }
            assertTrue(cycling.momentumInput().isPresent());
        }
    }

    @Test
    void anOptimizerWithoutMomentumCannotCycleIt() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Sgd(0.01, 0, false).withMomentumCycling());
        assertEquals("Sgd: expected an optimizer with momentum (β1 > 0, or SGD with momentum > 0) to cycle."
                + " Received: momentum=0.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adagrad(0.01, 0.1, 1e-7).withMomentumCycling());
    }
}
