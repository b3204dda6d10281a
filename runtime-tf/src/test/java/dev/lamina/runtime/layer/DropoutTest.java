package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Inverted dropout, y = x · keep / (1 − rate), keep = U ≥ rate. On N = 100,000 ones the dropped
 * count is binomial: the dropped fraction has standard error sqrt(p(1 − p)/N) ≈ 0.00145 at p = 0.3,
 * and the output mean (the kept fraction over 1 − p) sqrt(p(1 − p)/N)/(1 − p) ≈ 0.0021; the
 * tolerances are five of those, so a correct layer passes (the seeds are fixed anyway) and a
 * swapped rate (0.7 dropped) or a missing 1/(1 − p) (mean 0.7) fails by a hundred.
 */
class DropoutTest {
    private static final int N = 100_000;
    private static final double RATE = 0.3;

    /**
     * Replicas of a step draw their own masks from the same step seed (replica 0 the unreplicated
     * mask), and the same replica the same mask again: distinct per replica, reproducible per seed.
     */
    @Test
    void eachReplicaDrawsItsOwnReproducibleMask() {
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> seed = RReLUTest.seedPlaceholder(g);
            BuildContext context = new BuildContext(g.tf, 42, seed, null);
            Dropout dropout = new Dropout("dropout", RATE);
            dropout.build(context);
            Operand<TFloat32> x = g.constant(Shape.of(1000), RReLUTest.filled(1000, 1f));
            Operand<TFloat32> unreplicated = dropout.apply(g.tf, x, Mode.TRAINING);
            context.buildingReplica(0);
            Operand<TFloat32> replica0 = dropout.apply(g.tf, x, Mode.TRAINING);
            context.buildingReplica(1);
            Operand<TFloat32> replica1 = dropout.apply(g.tf, x, Mode.TRAINING);
            Operand<TFloat32> replica1Again = dropout.apply(g.tf, x, Mode.TRAINING);
            context.buildingReplica(0);
            List<float[]> masks = g.run(List.of(unreplicated, replica0, replica1, replica1Again),
                    Map.of(seed, TInt64.vectorOf(1, 2)));
            assertArrayEquals(masks.get(0), masks.get(1), "replica 0 draws the unreplicated mask");
            assertArrayEquals(masks.get(2), masks.get(3), "a replica draws the same mask from the same seed");
            assertFalse(java.util.Arrays.equals(masks.get(0), masks.get(2)), "replica 1 draws another mask");
        }
    }

    @Test
    void trainingDropsTheRateAndPreservesTheMean() {
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> seed = RReLUTest.seedPlaceholder(g);
            Dropout dropout = new Dropout("dropout", RATE);
            dropout.build(new BuildContext(g.tf, 42, seed, null));
            Operand<TFloat32> x = g.constant(Shape.of(N), RReLUTest.filled(N, 1f));
            Operand<TFloat32> y = dropout.apply(g.tf, x, Mode.TRAINING);
            Operand<TFloat32> gradient = g.tf.gradients(g.tf.sum(y, g.tf.constant(0)), List.of(x)).dy(0);
            List<float[]> run = g.run(List.of(y, gradient), Map.of(seed, TInt64.vectorOf(1, 2)));
            float[] out = run.get(0);
            float scale = (float) (1 / (1 - RATE));
            int dropped = 0;
            double sum = 0;
            for (int i = 0; i < N; i++) {
                if (out[i] == 0f) {
                    dropped++;
                } else {
                    assertEquals(1 / (1 - RATE), out[i], 1e-6, "kept unit " + i + " scaled by 1/(1 − rate)");
                }
                assertEquals(out[i], run.get(1)[i], 0f, "gradient = keep/(1 − rate) at " + i);
                sum += out[i];
            }
            double binomialSe = Math.sqrt(RATE * (1 - RATE) / N);
            assertEquals(RATE, dropped / (double) N, 5 * binomialSe, "dropped fraction");
            assertEquals(1, sum / N, 5 * binomialSe / (1 - RATE), "mean");
            assertTrue(scale > 1);
        }
    }

    @Test
    void sameSeedSameMaskOtherSeedOrOtherLayerOtherMask() {
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> seed = RReLUTest.seedPlaceholder(g);
            BuildContext context = new BuildContext(g.tf, 42, seed, null);
            Dropout first = new Dropout("dropout1", RATE);
            Dropout second = new Dropout("dropout2", RATE);
            first.build(context);
            second.build(context);
            Operand<TFloat32> x = g.constant(Shape.of(N), RReLUTest.filled(N, 1f));
            Operand<TFloat32> y1 = first.apply(g.tf, x, Mode.TRAINING);
            Operand<TFloat32> y2 = second.apply(g.tf, x, Mode.TRAINING);
            float[] a = g.value(y1, seed, TInt64.vectorOf(1, 2));
            float[] again = g.value(y1, seed, TInt64.vectorOf(1, 2));
            float[] nextStep = g.value(y1, seed, TInt64.vectorOf(1, 3));
            float[] otherLayer = g.value(y2, seed, TInt64.vectorOf(1, 2));
            assertArrayEquals(a, again);
            // Two independent masks disagree at 2p(1 − p) = 42% of the positions.
            assertEquals(2 * RATE * (1 - RATE), disagreement(a, nextStep), 0.01);
            assertEquals(2 * RATE * (1 - RATE), disagreement(a, otherLayer), 0.01);
        }
    }

    /** MC Dropout: sampling draws from the sampling seed; inference is the identity (the input itself). */
    @Test
    void samplingIsActiveAndInferenceIsTheIdentity() {
        try (GraphRunner g = new GraphRunner()) {
            Placeholder<TInt64> sampling = RReLUTest.seedPlaceholder(g);
            Dropout dropout = new Dropout("dropout", RATE);
            dropout.build(new BuildContext(g.tf, 42, null, sampling));
            Operand<TFloat32> x = g.constant(Shape.of(N), RReLUTest.filled(N, 1f));
            assertSame(x, dropout.apply(g.tf, x, Mode.INFERENCE));
            float[] sample = g.value(dropout.apply(g.tf, x, Mode.MC_SAMPLING), sampling, TInt64.vectorOf(7, 0));
            int dropped = 0;
            for (float v : sample) {
                dropped += v == 0f ? 1 : 0;
            }
            assertEquals(RATE, dropped / (double) N, 5 * Math.sqrt(RATE * (1 - RATE) / N));
            var error = assertThrows(IllegalStateException.class, () -> dropout.apply(g.tf, x, Mode.TRAINING));
            assertEquals("Layer 'dropout' needs a random seed in TRAINING mode, and this graph provides none", error.getMessage());
        }
    }

    @Test
    void rejectsRatesOutsideZeroToOne() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Dropout("dropout", 1.0));
        assertEquals("Dropout 'dropout': expected a rate (the fraction of inputs dropped) in [0, 1). Received: rate=1.0",
                error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dropout("dropout", -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Dropout("dropout", Double.NaN));
    }

    private static double disagreement(float[] a, float[] b) {
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            differ += (a[i] == 0f) != (b[i] == 0f) ? 1 : 0;
        }
        return differ / (double) a.length;
    }
}
