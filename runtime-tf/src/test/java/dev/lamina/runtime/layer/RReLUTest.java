package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * RReLU(1/8, 1/3): training draws a slope a ~ U(lower, upper) per element per step; inference and
 * Monte Carlo sampling use exactly (lower + upper) / 2.
 */
class RReLUTest {
    private static final double LOWER = 1.0 / 8;
    private static final double UPPER = 1.0 / 3;
    private static final int N = 5000;

    /**
     * On x = −1 the output is −a, so the slopes are read off directly: all within [lower, upper],
     * (almost) all different, with mean (lower + upper)/2 within five standard errors
     * ((upper − lower)/√12/√N ≈ 8.5e-4). The gradient at x = −1 is the same slope.
     */
    @Test
    void trainingSlopesAreUniformPerElement() {
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> seed = seedPlaceholder(g);
            RReLU layer = build(g, seed);
            Operand<TFloat32> x = g.constant(Shape.of(N), filled(N, -1f));
            Operand<TFloat32> y = layer.apply(g.tf, x, Mode.TRAINING);
            Operand<TFloat32> gradient = g.tf.gradients(g.tf.sum(y, g.tf.constant(0)), List.of(x)).dy(0);
            List<float[]> run = g.run(List.of(y, gradient), Map.of(seed, TInt64.vectorOf(1, 2)));
            float[] slopes = negate(run.get(0));
            Set<Float> distinct = new HashSet<>();
            double sum = 0;
            for (int i = 0; i < N; i++) {
                assertTrue(slopes[i] >= LOWER - 1e-7 && slopes[i] <= UPPER + 1e-7, "slope " + slopes[i] + " at " + i);
                assertEquals(slopes[i], run.get(1)[i], 1e-7, "gradient at " + i);
                distinct.add(slopes[i]);
                sum += slopes[i];
            }
            assertTrue(distinct.size() > 0.95 * N, "only " + distinct.size() + " distinct slopes in " + N);
            double standardError = (UPPER - LOWER) / Math.sqrt(12) / Math.sqrt(N);
            assertEquals((LOWER + UPPER) / 2, sum / N, 5 * standardError);
        }
    }

    /** Positive inputs pass unchanged; the same seed gives the same slopes, another seed others. */
    @Test
    void trainingSlopesFollowTheSeed() {
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> seed = seedPlaceholder(g);
            RReLU layer = build(g, seed);
            float[] input = new float[N];
            for (int i = 0; i < N; i++) {
                input[i] = i % 2 == 0 ? -1f : 0.5f + i;
            }
            Operand<TFloat32> y = layer.apply(g.tf, g.constant(Shape.of(N), input), Mode.TRAINING);
            float[] first = g.value(y, seed, TInt64.vectorOf(1, 2));
            float[] again = g.value(y, seed, TInt64.vectorOf(1, 2));
            float[] other = g.value(y, seed, TInt64.vectorOf(1, 3));
            assertArrayEquals(first, again);
            assertFalse(Arrays.equals(first, other));
            for (int i = 1; i < N; i += 2) {
                assertEquals(input[i], first[i], "positive input at " + i);
            }
        }
    }

    @Test
    void inferenceAndSamplingUseTheMeanSlopeExactly() {
        float[] input = {-3f, -1f, -0.25f, 0f, 2f};
        float slope = (float) ((LOWER + UPPER) / 2);
        try (GraphRunner g = new GraphRunner()) {
            // No training or sampling seed: deterministic modes must not draw.
            RReLU layer = new RReLU("rrelu", LOWER, UPPER);
            layer.build(new BuildContext(g.tf, 42, null, null));
            for (Mode mode : List.of(Mode.INFERENCE, Mode.MC_SAMPLING)) {
                float[] y = g.value(layer.apply(g.tf, g.constant(Shape.of(5), input), mode));
                for (int i = 0; i < input.length; i++) {
                    assertEquals(input[i] > 0 ? input[i] : slope * input[i], y[i], 0f, mode + " at " + input[i]);
                }
            }
        }
    }

    @Test
    void rejectsBoundsOutOfOrder() {
        var error = assertThrows(IllegalArgumentException.class, () -> new RReLU("rrelu", 0.5, 0.2));
        assertEquals("RReLU 'rrelu': expected 0 <= lower <= upper <= 1. Received: lower=0.5, upper=0.2", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RReLU("rrelu", -0.1, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new RReLU("rrelu", 0.1, 1.5));
    }

    static Placeholder<TInt64> seedPlaceholder(GraphRunner g) {
        return g.tf.placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    }

    private static RReLU build(GraphRunner g, Operand<TInt64> seed) {
        RReLU layer = new RReLU("rrelu", LOWER, UPPER);
        layer.build(new BuildContext(g.tf, 42, seed, null));
        return layer;
    }

    static float[] filled(int n, float value) {
        float[] values = new float[n];
        Arrays.fill(values, value);
        return values;
    }

    private static float[] negate(float[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = -values[i];
        }
        return result;
    }

    static Map<Operand<?>, Tensor> feed(Operand<?> placeholder, Tensor value) {
        Map<Operand<?>, Tensor> feeds = new LinkedHashMap<>();
        feeds.put(placeholder, value);
        return feeds;
    }
}
