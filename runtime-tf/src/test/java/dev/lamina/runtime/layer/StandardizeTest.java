package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.data.Dataset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/** Standardize: y = (x − mean) / max(sqrt(variance), 1e-7), with statistics computed on the host. */
class StandardizeTest {

    /**
     * Four examples of three features: {1, 2, 3, 4} (mean 2.5, population variance 1.25), a
     * constant 10 (variance 0), and {−1, 1, −1, 1} (mean 0, variance 1).
     */
    @Test
    void statisticsAreMeanAndPopulationVariancePerFeature() {
        float[] features = {1, 10, -1, 2, 10, 1, 3, 10, -1, 4, 10, 1};
        Dataset data = Dataset.of(features, new long[] {3}, new int[4]);
        float[][] stats = Standardize.statistics(data);
        assertArrayEquals(new float[] {2.5f, 10f, 0f}, stats[0]);
        assertArrayEquals(new float[] {1.25f, 0f, 1f}, stats[1]);
    }

    @Test
    void statisticsOfAnEmptyDataSetAreAnError() {
        Dataset empty = Dataset.of(new float[0], new long[] {3}, new int[0]);
        assertThrows(IllegalArgumentException.class, () -> Standardize.statistics(empty));
    }

    /**
     * 500 examples of shape (2, 2) with different means and scales per position: after assigning
     * the statistics, each position of the output has mean 0 and standard deviation 1 (to float
     * precision, since the statistics are exact for this very sample), in every mode.
     */
    @Test
    void outputHasMeanZeroAndStdOnePerFeature() {
        int n = 500;
        double[] location = {100, -3, 0.5, 7};
        double[] spread = {20, 0.1, 1, 3};
        float[] features = new float[n * 4];
        Random random = new Random(5);
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) (location[i % 4] + spread[i % 4] * random.nextGaussian());
        }
        float[][] stats = Standardize.statistics(Dataset.of(features, new long[] {2, 2}, new int[n]));
        try (GraphRunner g = new GraphRunner()) {
            Standardize layer = new Standardize("standardize", new long[] {2, 2});
            layer.build(new BuildContext(g.tf, 42));
            assertEquals("standardize/mean", layer.mean().variable().op().name());
            assertEquals("standardize/variance", layer.variance().variable().op().name());
            assertFalse(layer.mean().trainable() || layer.variance().trainable());
            assertEquals(4, layer.featureSize());
            Operand<TFloat32> x = g.constant(Shape.of(n, 2, 2), features);
            List<Operand<TFloat32>> outputs = List.of(
                    layer.apply(g.tf, x, Mode.TRAINING), layer.apply(g.tf, x, Mode.INFERENCE), layer.apply(g.tf, x, Mode.MC_SAMPLING));
            g.assign(layer.mean(), stats[0]);
            g.assign(layer.variance(), stats[1]);
            List<float[]> run = g.run(outputs, java.util.Map.of());
            for (float[] y : run) {
                for (int j = 0; j < 4; j++) {
                    double mean = 0;
                    double square = 0;
                    for (int e = 0; e < n; e++) {
                        mean += y[e * 4 + j] / (double) n;
                        square += y[e * 4 + j] * (double) y[e * 4 + j] / n;
                        double expected = (features[e * 4 + j] - stats[0][j]) / Math.sqrt(stats[1][j]);
                        assertEquals(expected, y[e * 4 + j], 1e-5 * Math.max(1, Math.abs(expected)));
                    }
                    assertEquals(0, mean, 1e-5, "mean of feature " + j);
                    assertEquals(1, Math.sqrt(square - mean * mean), 1e-4, "std of feature " + j);
                }
            }
        }
    }

    /** Before statistics are assigned the layer is the identity; a constant feature (variance 0) maps to 0, not NaN. */
    @Test
    void identityUntilAssignedAndConstantFeaturesStayFinite() {
        try (GraphRunner g = new GraphRunner()) {
            Standardize layer = new Standardize("standardize", new long[] {2});
            layer.build(new BuildContext(g.tf, 42));
            Operand<TFloat32> x = g.constant(Shape.of(2, 2), 3f, 5f, 4f, 5f);
            Operand<TFloat32> y = layer.apply(g.tf, x, Mode.INFERENCE);
            assertArrayEquals(new float[] {3f, 5f, 4f, 5f}, g.value(y));
            g.assign(layer.mean(), 3.5f, 5f);
            g.assign(layer.variance(), 0.25f, 0f);
            assertArrayEquals(new float[] {-1f, 0f, 1f, 0f}, g.value(y), 1e-6f);
        }
    }

    @Test
    void rejectsEmptyFeatureShape() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Standardize("standardize", new long[0]));
        assertEquals("Standardize 'standardize': expected a feature shape of positive dimensions. Received: featureShape=[]",
                error.getMessage());
    }
}
