package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * AlphaDropout, y = a · (x · keep + α' · (1 − keep)) + b, keeps zero mean and unit variance: on N = 100,000 standard normal inputs the output
 * is N i.i.d. values, so its sample mean has standard error sqrt(m₂/N) ≈ 0.0032 and its sample
 * variance sqrt((m₄ − m₂²)/N) (m₄ the fourth central moment, estimated from the same sample);
 * the tolerances are five standard errors. Each element is checked against the formula too.
 */
class AlphaDropoutTest {
    private static final int N = 100_000;
    private static final double RATE = 0.2;

    @Test
    void trainingKeepsMeanZeroAndVarianceOne() {
        float[] x = new float[N];
        Random random = new Random(11);
        for (int i = 0; i < N; i++) {
            x[i] = (float) random.nextGaussian();
        }
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> seed = RReLUTest.seedPlaceholder(g);
            AlphaDropout layer = new AlphaDropout("alpha_dropout", RATE);
            layer.build(new BuildContext(g.tf, 42, seed, null));
            Operand<TFloat32> input = g.constant(Shape.of(N), x);
            Operand<TFloat32> output = layer.apply(g.tf, input, Mode.TRAINING);
            Operand<TFloat32> gradient = g.tf.gradients(g.tf.sum(output, g.tf.constant(0)), List.of(input)).dy(0);
            List<float[]> run = g.run(List.of(output, gradient), Map.of(seed, TInt64.vectorOf(1, 2)));
            float[] y = run.get(0);

            double alphaPrime = -1.7580993408473766;
            double a = Math.pow((1 - RATE) * (1 + RATE * alphaPrime * alphaPrime), -0.5);
            double b = -a * alphaPrime * RATE;
            assertEquals(alphaPrime, AlphaDropout.ALPHA_PRIME, 1e-15);
            assertEquals(a, layer.a(), 1e-15);
            assertEquals(b, layer.b(), 1e-15);
            int dropped = 0;
            for (int i = 0; i < N; i++) {
                double droppedValue = a * alphaPrime + b;
                double keptValue = a * x[i] + b;
                boolean isDropped = Math.abs(y[i] - droppedValue) < 1e-5;
                assertTrue(isDropped || Math.abs(y[i] - keptValue) < 1e-5, "y[" + i + "] = " + y[i] + " is neither "
                        + droppedValue + " (dropped) nor " + keptValue + " (kept)");
                dropped += isDropped ? 1 : 0;
                // dy/dx = a · keep: a for a kept input, 0 for a dropped one.
                assertEquals(isDropped ? 0 : a, run.get(1)[i], 1e-6, "gradient at " + i);
            }
            assertEquals(RATE, dropped / (double) N, 5 * Math.sqrt(RATE * (1 - RATE) / N), "dropped fraction");

            double mean = 0;
            for (float v : y) {
                mean += v / (double) N;
            }
            double m2 = 0;
            double m4 = 0;
            for (float v : y) {
                double d = v - mean;
                m2 += d * d / N;
                m4 += d * d * d * d / N;
            }
            assertEquals(0, mean, 5 * Math.sqrt(m2 / N), "mean");
            assertEquals(1, m2, 5 * Math.sqrt((m4 - m2 * m2) / N), "variance");
        }
    }

    @Test
    void inferenceIsTheIdentityAndSamplingIsActive() {
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> sampling = RReLUTest.seedPlaceholder(g);
            AlphaDropout layer = new AlphaDropout("alpha_dropout", RATE);
            layer.build(new BuildContext(g.tf, 42, null, sampling));
            Operand<TFloat32> x = g.constant(Shape.of(4), 1f, 2f, 3f, 4f);
            assertSame(x, layer.apply(g.tf, x, Mode.INFERENCE));
            float[] y = g.value(layer.apply(g.tf, g.constant(Shape.of(1000), new float[1000]), Mode.MC_SAMPLING),
                    sampling, TInt64.vectorOf(3, 4));
            long droppedCount = 0;
            for (float v : y) {
                droppedCount += Math.abs(v - (layer.a() * AlphaDropout.ALPHA_PRIME + layer.b())) < 1e-5 ? 1 : 0;
            }
            assertTrue(droppedCount > 100 && droppedCount < 300, droppedCount + " of 1000 dropped at rate 0.2");
            assertArrayEquals(new float[] {1f, 2f, 3f, 4f}, g.value(layer.apply(g.tf, x, Mode.INFERENCE)));
        }
    }

    @Test
    void rejectsRateOne() {
        var error = assertThrows(IllegalArgumentException.class, () -> new AlphaDropout("ad", 1));
        assertEquals("AlphaDropout 'ad': expected a rate (the fraction of inputs dropped) in [0, 1). Received: rate=1.0",
                error.getMessage());
    }
}
