package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdamTest {
    static final float[] W0 = {1.0f, -2.0f, 0.5f};
    static final float[] C = {1.0f, 0.5f, 3.0f};
    /** A rate that changes between steps. */
    static final double[] RATES = {0.1, 0.03, 0.05};
    static final double B1 = 0.9;
    /**
     * 1 − 2⁻¹⁰ ≈ 0.999, exact in float32. TensorFlow's fused ApplyAdam kernel computes 1 − β2 in
     * float32, where 0.999 is stored as 0.99900001287 and 1 − β2 comes out 1.3e-5 too small: that
     * rounding, not the rule, would dominate a 1e-6 comparison.
     */
    static final double B2 = 1 - Math.pow(2, -10);
    static final double EPS = 1e-7;

    /** Three steps at changing rates against Adam's rule, computed by hand in double precision. */
    @Test
    void threeStepsFollowTheUpdateRule() {
        try (var harness = new OptimizerHarness(new Adam(0.1, B1, B2, EPS, false), W0, C)) {
            double[][] expected = reference(harness, W0, B1, B2, false, 0);
            for (int t = 1; t <= RATES.length; t++) {
                assertClose(expected[t - 1], harness.step(RATES[t - 1]), 1e-6, "after step " + t);
            }
        }
    }

    /**
     * Weights that Adam's first steps (about lr each) shrink fast, so that v falls: AMSGrad's v̂
     * then differs from v.
     */
    static final float[] W0_AMSGRAD = {0.3f, -0.5f, 0.25f};
    /** With β2 = 1/4, v falls as soon as |g| drops below half of the previous step's. */
    static final double B2_AMSGRAD = 0.25;

    /** AMSGrad divides by the running maximum of the uncorrected v (checked to matter: far from plain Adam). */
    @Test
    void amsgradDividesByTheRunningMaximum() {
        try (var harness = new OptimizerHarness(new Adam(0.1, B1, B2_AMSGRAD, EPS, true), W0_AMSGRAD, C)) {
            double[][] expected = reference(harness, W0_AMSGRAD, B1, B2_AMSGRAD, true, 0);
            double[][] plain = reference(harness, W0_AMSGRAD, B1, B2_AMSGRAD, false, 0);
            for (int t = 1; t <= RATES.length; t++) {
                assertClose(expected[t - 1], harness.step(RATES[t - 1]), 1e-6, "after step " + t);
            }
            assertTrue(Math.abs(expected[2][2] - plain[2][2]) > 1e-2, "AMSGrad made no difference: a test without teeth");
        }
    }

    /** Adam's first step moves every weight by about lr, whatever the gradient's size (Keras defaults). */
    @Test
    void firstStepIsAboutTheLearningRate() {
        try (var harness = new OptimizerHarness(new Adam(0.01, 0.9, 0.999, 1e-7, false), new float[] {5f}, new float[] {100f})) {
            assertEquals(5f - 0.01f, harness.step(0.01)[0], 1e-5f);
        }
    }

    @Test
    void usesStateVariablesForItsSlots() {
        try (var harness = new OptimizerHarness(new Adam(0.1, B1, B2, EPS, true), W0, C)) {
            assertTrue(harness.hasOperation("optimizer/layer/w/m"));
            assertTrue(harness.hasOperation("optimizer/layer/w/v"));
            assertTrue(harness.hasOperation("optimizer/layer/w/v_hat"));
        }
    }

    @Test
    void rejectsOutOfRangeHyperparameters() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Adam(0.001, 1.0, 0.999, 1e-7, false));
        assertEquals("Adam: expected beta1 and beta2 in [0, 1) and a positive epsilon. Received: beta1=1.0,"
                + " beta2=0.999, epsilon=1.0E-7", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adam(0, 0.9, 0.999, 1e-7, false));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.001, 0.9, Double.NaN, 1e-7, true));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.001, 0.9, 0.999, 0, false));
    }

    /**
     * Keras's Adam (adam.py), step by step, optionally with decoupled weight decay (AdamW) first:
     * w −= lr·wd·w; m = β1 m + (1 − β1) g; v = β2 v + (1 − β2) g²; v̂ = max(v̂, v);
     * α = lr·sqrt(1 − β2^t)/(1 − β1^t); w −= α·m/(sqrt(v or v̂) + ε). Returns the weights after each step.
     */
    static double[][] reference(OptimizerHarness harness, float[] w0, double beta1, double beta2, boolean amsgrad, double weightDecay) {
        double[] w = OptimizerHarness.toDouble(w0);
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        double[] vHat = new double[w.length];
        double[][] result = new double[RATES.length][];
        for (int t = 1; t <= RATES.length; t++) {
            double lr = RATES[t - 1];
            double alpha = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
            for (int i = 0; i < w.length; i++) {
                double g = harness.gradient(w[i], i);
                w[i] -= lr * weightDecay * w[i];
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                vHat[i] = Math.max(vHat[i], v[i]);
                w[i] -= alpha * m[i] / (Math.sqrt(amsgrad ? vHat[i] : v[i]) + EPS);
            }
            result[t - 1] = w.clone();
        }
        return result;
    }
}
