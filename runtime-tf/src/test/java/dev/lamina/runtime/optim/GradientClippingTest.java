package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Plain SGD at rate 1 moves each weight by exactly its (clipped) gradient, so the weight change
 * shows what the clipping did. The harness's gradient is {@code c ⊙ w}.
 */
class GradientClippingTest {

    @Test
    void valueClipsEachElement() {
        float[] w = {0.5f, 3f, -2f, -0.25f};
        float[] c = {0.5f, 0.5f, 0.5f, 0.5f};
        // g = [0.25, 1.5, −1, −0.125]: two elements beyond ±1, two within.
        double[] clipped = {0.25, 1.0, -1.0, -0.125};
        try (var harness = new OptimizerHarness(sgd().withClipping(GradientClipping.value(1.0)), w, c)) {
            assertClose(minus(w, clipped), harness.step(1.0), 1e-6, "w − clip(g, −1, 1)");
        }
    }

    @Test
    void normRescalesEachTensorOnItsOwn() {
        float[][] w = {{3f, 4f}, {0.3f, 0.4f}};
        float[][] c = {{1f, 1f}, {0.5f, 0.5f}};
        // ‖g_0‖ = 5 > 2: rescaled to norm 2. ‖g_1‖ = 0.25 < 2: unchanged.
        double[][] clipped = {{3 * 2 / 5.0, 4 * 2 / 5.0}, {0.15, 0.2}};
        try (var harness = new OptimizerHarness(sgd().withClipping(GradientClipping.norm(2.0)), w, c)) {
            harness.step(1.0);
            assertClose(minus(w[0], clipped[0]), harness.weight(0), 1e-6, "the tensor above the threshold");
            assertClose(minus(w[1], clipped[1]), harness.weight(1), 1e-6, "the tensor below the threshold");
        }
    }

    @Test
    void globalNormRescalesAllTensorsTogether() {
        float[][] w = {{3f, 4f}, {0.3f, 0.4f}};
        float[][] c = {{1f, 1f}, {0.5f, 0.5f}};
        // ‖g_0‖ = 5 is above 2 and ‖g_1‖ = 0.25 below, but both scale by 2/‖G‖, ‖G‖ = sqrt(25 + 0.0625).
        double scale = 2 / Math.sqrt(25 + 0.0625);
        try (var harness = new OptimizerHarness(sgd().withClipping(GradientClipping.globalNorm(2.0)), w, c)) {
            harness.step(1.0);
            assertClose(minus(w[0], new double[] {3 * scale, 4 * scale}), harness.weight(0), 1e-6, "first tensor");
            assertClose(minus(w[1], new double[] {0.15 * scale, 0.2 * scale}), harness.weight(1), 1e-6, "second tensor");
        }
    }

    @Test
    void globalNormBelowTheThresholdChangesNothing() {
        float[][] w = {{0.6f, 0.8f}, {0.3f, 0.4f}};
        float[][] c = {{0.5f, 0.5f}, {0.5f, 0.5f}};
        // ‖G‖ = sqrt(0.25 + 0.0625) < 2.
        try (var harness = new OptimizerHarness(sgd().withClipping(GradientClipping.globalNorm(2.0)), w, c)) {
            harness.step(1.0);
            assertClose(new double[] {0.3, 0.4}, harness.weight(0), 1e-6, "first tensor");
            assertClose(new double[] {0.15, 0.2}, harness.weight(1), 1e-6, "second tensor");
        }
    }

    /** The clipped gradient is what the update rule sees: Adagrad's accumulator grows by clip(g)². */
    @Test
    void theUpdateRuleSeesTheClippedGradient() {
        float[] w = {3f, 0.5f};
        float[] c = {1f, 1f};
        try (var harness = new OptimizerHarness(new Adagrad(0.1, 0.1, 1e-7).withClipping(GradientClipping.value(1.0)), w, c)) {
            harness.step(0.1);
            assertClose(new double[] {0.1 + 1, 0.1 + 0.25}, harness.read("optimizer/layer/w/accumulator"), 1e-6, "accumulator");
        }
    }

    @Test
    void withClippingIsFluentAndDefaultsToNone() {
        Sgd sgd = sgd();
        assertSame(GradientClipping.none(), sgd.clipping());
        assertTrue(sgd.clipping().isNone());
        assertSame(sgd, sgd.withClipping(GradientClipping.norm(1.0)));
        assertEquals(GradientClipping.norm(1.0), sgd.clipping());
        assertEquals(1.0, sgd.clipping().threshold());
        assertEquals("GradientClipping.globalNorm(0.5)", GradientClipping.globalNorm(0.5).toString());
    }

    @Test
    void clippingCannotChangeOnceBuilt() {
        Sgd sgd = sgd();
        try (var harness = new OptimizerHarness(sgd, new float[] {1f}, new float[] {1f})) {
            var error = assertThrows(IllegalStateException.class, () -> sgd.withClipping(GradientClipping.value(1.0)));
            assertEquals("Sgd: expected withClipping before the training step is built. Received: GradientClipping.value(1.0)",
                    error.getMessage());
        }
    }

    @Test
    void thresholdsMustBePositiveAndFinite() {
        for (DoubleFunction<GradientClipping> factory : java.util.List.<DoubleFunction<GradientClipping>>of(
                GradientClipping::value, GradientClipping::norm, GradientClipping::globalNorm)) {
            for (double c : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
                assertThrows(IllegalArgumentException.class, () -> factory.apply(c), "threshold " + c);
            }
        }
        var error = assertThrows(IllegalArgumentException.class, () -> GradientClipping.norm(-1));
        assertEquals("GradientClipping.norm: expected a positive, finite threshold. Received: -1.0", error.getMessage());
    }

    private static Sgd sgd() {
        return new Sgd(1.0, 0, false);
    }

    private static double[] minus(float[] w, double[] g) {
        double[] result = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            result[i] = w[i] - g[i];
        }
        return result;
    }
}
