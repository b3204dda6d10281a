package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.regularize.Constraint;
import dev.lamina.runtime.regularize.Regularizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/** PReLU: y = relu(x) − α · relu(−x); ∂(Σy)/∂α = −Σ relu(−x) over the positions sharing each α. */
class PReLUTest {
    /** Two examples of three values. */
    private static final float[] X = {-1f, 2f, -3f, -0.5f, -4f, 1f};

    @Test
    void alphaIsATrainableVariableOfZerosSoTheLayerStartsAsRelu() {
        try (GraphRunner g = new GraphRunner()) {
            PReLU layer = new PReLU("prelu", new long[] {3}, new int[0]);
            layer.build(new BuildContext(g.tf, 42));
            assertEquals("prelu/alpha", layer.alpha().variable().op().name());
            assertTrue(layer.alpha().trainable());
            assertEquals(Shape.of(3), layer.alpha().shape());
            float[] y = g.value(layer.apply(g.tf, g.constant(Shape.of(2, 3), X), Mode.INFERENCE));
            assertArrayEquals(new float[] {0f, 2f, 0f, 0f, 0f, 1f}, y);
        }
    }

    @Test
    void forwardAndGradientWithOneAlphaPerElement() {
        float[] alpha = {0.1f, 0.2f, 0.3f};
        try (GraphRunner g = new GraphRunner()) {
            PReLU layer = new PReLU("prelu", new long[] {3}, null);
            layer.build(new BuildContext(g.tf, 42));
            Operand<TFloat32> y = layer.apply(g.tf, g.constant(Shape.of(2, 3), X), Mode.TRAINING);
            Operand<TFloat32> gradient = g.tf.gradients(sumAll(g, y), List.of(layer.alpha().variable())).dy(0);
            g.assign(layer.alpha(), alpha);
            List<float[]> run = g.run(y, gradient);
            float[] expectedGradient = new float[3];
            for (int i = 0; i < X.length; i++) {
                int j = i % 3;
                double x = X[i];
                assertEquals(Math.max(0, x) - alpha[j] * Math.max(0, -x), run.get(0)[i], 1e-6, "y at " + i);
                expectedGradient[j] -= (float) Math.max(0, -x);
            }
            // −relu(−x) summed over the batch: {−1 − 0.5, 0 − 4, −3 − 0}.
            assertArrayEquals(new float[] {-1.5f, -4f, -3f}, expectedGradient);
            assertArrayEquals(expectedGradient, run.get(1), 1e-6f);
        }
    }

    /**
     * Input (batch, 2, 3) with shared axis 1: α has shape (1, 3), one slope per last-axis index
     * shared by both rows, and its gradient sums −relu(−x) over the batch and that axis.
     */
    @Test
    void sharedAxesShareOneSlope() {
        // One example of shape (2, 3), then a second.
        float[] x = {-1f, 2f, -3f, -0.5f, -4f, 1f, -2f, -2f, 5f, 3f, -1f, -1f};
        float[] alpha = {0.5f, 0.25f, 0.125f};
        try (GraphRunner g = new GraphRunner()) {
            PReLU layer = new PReLU("prelu", new long[] {2, 3}, new int[] {1});
            layer.build(new BuildContext(g.tf, 42));
            assertArrayEquals(new long[] {1, 3}, layer.alphaShape());
            assertEquals(Shape.of(1, 3), layer.alpha().shape());
            Operand<TFloat32> y = layer.apply(g.tf, g.constant(Shape.of(2, 2, 3), x), Mode.TRAINING);
            Operand<TFloat32> gradient = g.tf.gradients(sumAll(g, y), List.of(layer.alpha().variable())).dy(0);
            g.assign(layer.alpha(), alpha);
            List<float[]> run = g.run(y, gradient);
            float[] expectedGradient = new float[3];
            for (int i = 0; i < x.length; i++) {
                int j = i % 3;
                assertEquals(Math.max(0, x[i]) - alpha[j] * Math.max(0, -x[i]), run.get(0)[i], 1e-6, "y at " + i);
                expectedGradient[j] -= (float) Math.max(0, -x[i]);
            }
            assertArrayEquals(expectedGradient, run.get(1), 1e-6f);
        }
    }

    /** α's regularizer joins the loss; its constraint projects α after an update (here: nonNeg). */
    @Test
    void alphaRegularizerAndConstraint() {
        try (GraphRunner g = new GraphRunner()) {
            PReLU layer = new PReLU("prelu", new long[] {3}, new int[0])
                    .withAlphaRegularizer(Regularizer.l1(0.5))
                    .withAlphaConstraint(Constraint.nonNeg());
            layer.build(new BuildContext(g.tf, 42));
            Operand<TFloat32> penalty = layer.penalty(g.tf).orElseThrow();
            var constraints = layer.constraints(g.tf);
            g.assign(layer.alpha(), 0.2f, -0.4f, 0.6f);
            assertEquals(0.5 * (0.2 + 0.4 + 0.6), g.value(penalty)[0], 1e-6);
            g.runTargets(constraints, java.util.Map.of());
            assertArrayEquals(new float[] {0.2f, 0f, 0.6f}, g.value(g.tf.identity(layer.alpha().variable())), 0f);
            assertThrows(IllegalStateException.class, () -> layer.withAlphaRegularizer(Regularizer.l2(0.1)));
        }
    }

    @Test
    void rejectsAxesOutsideTheInput() {
        var error = assertThrows(IllegalArgumentException.class, () -> new PReLU("prelu", new long[] {2, 3}, new int[] {0}));
        assertEquals("PReLU 'prelu': expected shared axes between 1 and 2 (axis 1 is the first non-batch dimension of [2, 3])."
                + " Received: sharedAxes=[0]", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PReLU("prelu", new long[] {2, 3}, new int[] {3}));
        assertThrows(IllegalArgumentException.class, () -> new PReLU("prelu", new long[0], new int[0]));
    }

    private static Operand<TFloat32> sumAll(GraphRunner g, Operand<TFloat32> y) {
        return g.tf.sum(g.tf.reshape(y, g.tf.constant(new int[] {-1})), g.tf.constant(0));
    }
}
