package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Batch Normalization against Keras's formulas: y = γ(x − μ)/sqrt(σ² + ε) + β with the batch mean
 * and biased batch variance in training, the moving statistics otherwise, and
 * moving = moving · momentum + batch · (1 − momentum) after each training step.
 */
class BatchNormTest {
    private static final int FEATURES = 3;
    private static final int BATCH = 8;
    private static final double EPSILON = 1e-3;
    private static final float[] GAMMA = {2f, 0.5f, 1.5f};
    private static final float[] BETA = {1f, -1f, 0.3f};

    /**
     * With γ and β set to non-default values, each feature of the training output has mean β and
     * (biased) standard deviation γ · sqrt(σ² / (σ² + ε)), which is within γ · ε / (2σ²) of γ;
     * every element matches the formula.
     */
    @Test
    void trainingNormalizesWithBatchStatistics() {
        float[] x = batch(new Random(1), BATCH);
        try (GraphRunner g = new GraphRunner()) {
            BatchNorm bn = build(g, 0.99);
            Operand<TFloat32> y = bn.apply(g.tf, g.constant(Shape.of(BATCH, FEATURES), x), Mode.TRAINING);
            g.assign(bn.gamma(), GAMMA);
            g.assign(bn.beta(), BETA);
            float[] out = g.value(y);
            double[][] stats = moments(x, BATCH);
            double[][] outStats = moments(out, BATCH);
            for (int j = 0; j < FEATURES; j++) {
                assertEquals(BETA[j], outStats[0][j], 1e-5, "mean of feature " + j);
                double std = GAMMA[j] * Math.sqrt(stats[1][j] / (stats[1][j] + EPSILON));
                assertEquals(std, Math.sqrt(outStats[1][j]), 1e-5 * GAMMA[j], "std of feature " + j);
                assertEquals(GAMMA[j], Math.sqrt(outStats[1][j]), GAMMA[j] * EPSILON / (2 * stats[1][j]) + 1e-5,
                        "std ≈ gamma for feature " + j);
                for (int n = 0; n < BATCH; n++) {
                    double expected = GAMMA[j] * (x[n * FEATURES + j] - stats[0][j]) / Math.sqrt(stats[1][j] + EPSILON) + BETA[j];
                    assertEquals(expected, out[n * FEATURES + j], 1e-5 * Math.max(1, Math.abs(expected)), "y[" + n + "][" + j + "]");
                }
            }
        }
    }

    /**
     * Three training steps on three batches of 8: the moving statistics follow the momentum
     * recurrence with the biased variance (the unbiased one differs by 8/7 of the batch term, far
     * beyond the tolerance); inference then normalizes with them, and MC sampling does the same
     * without registering any update.
     */
    @Test
    void movingStatisticsFollowTheRecurrenceAndServeInference() {
        double momentum = 0.9;
        Random random = new Random(2);
        try (GraphRunner g = new GraphRunner()) {
            BatchNorm bn = build(g, momentum);
            Placeholder<TFloat32> input = g.tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, FEATURES)));
            bn.apply(g.tf, input, Mode.TRAINING);
            List<org.tensorflow.op.Op> updates = bn.takeStateUpdates().stream().map(update -> update.assign(g.tf)).toList();
            assertEquals(2, updates.size());
            float[] probe = batch(random, 5);
            Operand<TFloat32> inference = bn.apply(g.tf, g.constant(Shape.of(5, FEATURES), probe), Mode.INFERENCE);
            Operand<TFloat32> sampling = bn.apply(g.tf, g.constant(Shape.of(5, FEATURES), probe), Mode.MC_SAMPLING);
            assertEquals(List.of(), bn.takeStateUpdates(), "inference and sampling register no update");
            g.assign(bn.gamma(), GAMMA);
            g.assign(bn.beta(), BETA);

            double[] movingMean = {0, 0, 0};
            double[] movingVariance = {1, 1, 1};
            for (int step = 0; step < 3; step++) {
                float[] x = batch(random, BATCH);
                g.runTargets(updates, Map.of(input, TFloat32.tensorOf(Shape.of(BATCH, FEATURES), DataBuffers.of(x, true, false))));
                double[][] stats = moments(x, BATCH);
                for (int j = 0; j < FEATURES; j++) {
                    movingMean[j] = movingMean[j] * momentum + stats[0][j] * (1 - momentum);
                    movingVariance[j] = movingVariance[j] * momentum + stats[1][j] * (1 - momentum);
                }
            }
            List<float[]> run = g.run(g.tf.identity(bn.movingMean().variable()), g.tf.identity(bn.movingVariance().variable()),
                    inference, sampling);
            for (int j = 0; j < FEATURES; j++) {
                assertEquals(movingMean[j], run.get(0)[j], 1e-5 * Math.max(1, Math.abs(movingMean[j])), "moving mean " + j);
                assertEquals(movingVariance[j], run.get(1)[j], 1e-5 * movingVariance[j], "moving variance " + j);
                for (int n = 0; n < 5; n++) {
                    double expected = GAMMA[j] * (probe[n * FEATURES + j] - run.get(0)[j]) / Math.sqrt(run.get(1)[j] + EPSILON) + BETA[j];
                    assertEquals(expected, run.get(2)[n * FEATURES + j], 1e-5 * Math.max(1, Math.abs(expected)), "inference y[" + n + "][" + j + "]");
                }
            }
            assertArrayEquals(run.get(2), run.get(3), "MC sampling uses the moving statistics, as inference");
        }
    }

    /**
     * In training, Σ y over the batch is n · β whatever x is, so its gradient with respect to x is
     * zero (the batch mean moves with x); in inference each y is affine in its own x, with slope
     * γ / sqrt(moving variance + ε) = γ / sqrt(1 + ε) at the initial statistics.
     */
    @Test
    void gradientsFlowThroughTheBatchStatistics() {
        float[] x = batch(new Random(3), BATCH);
        try (GraphRunner g = new GraphRunner()) {
            BatchNorm bn = build(g, 0.99);
            Operand<TFloat32> input = g.constant(Shape.of(BATCH, FEATURES), x);
            Operand<TFloat32> sumTraining = sumAll(g, bn.apply(g.tf, input, Mode.TRAINING));
            Operand<TFloat32> sumInference = sumAll(g, bn.apply(g.tf, input, Mode.INFERENCE));
            Operand<TFloat32> dTraining = g.tf.gradients(sumTraining, List.of(input)).dy(0);
            Operand<TFloat32> dInference = g.tf.gradients(sumInference, List.of(input)).dy(0);
            g.assign(bn.gamma(), GAMMA);
            List<float[]> run = g.run(dTraining, dInference);
            for (int i = 0; i < x.length; i++) {
                assertEquals(0, run.get(0)[i], 1e-4, "training gradient at " + i);
                assertEquals(GAMMA[i % FEATURES] / Math.sqrt(1 + EPSILON), run.get(1)[i], 1e-6, "inference gradient at " + i);
            }
        }
    }

    /** Inputs of rank 3 are normalized per last-axis feature over both leading axes. */
    @Test
    void higherRankInputsReduceEveryAxisButTheLast() {
        float[] x = batch(new Random(4), 12);
        try (GraphRunner g = new GraphRunner()) {
            BatchNorm bn = build(g, 0.99);
            float[] y = g.value(bn.apply(g.tf, g.constant(Shape.of(4, 3, FEATURES), x), Mode.TRAINING));
            double[][] stats = moments(x, 12);
            for (int i = 0; i < x.length; i++) {
                int j = i % FEATURES;
                assertEquals((x[i] - stats[0][j]) / Math.sqrt(stats[1][j] + EPSILON), y[i], 1e-5, "y at " + i);
            }
        }
    }

    @Test
    void variablesAreNamedAndOnlyGammaAndBetaAreTrainable() {
        try (GraphRunner g = new GraphRunner()) {
            BatchNorm bn = build(g, 0.99);
            List<String> names = bn.weights().stream().map(w -> w.variable().op().name()).toList();
            assertEquals(List.of("bn/gamma", "bn/beta", "bn/moving_mean", "bn/moving_variance"), names);
            assertTrue(bn.gamma().trainable() && bn.beta().trainable());
            assertFalse(bn.movingMean().trainable() || bn.movingVariance().trainable());
            List<float[]> initial = g.run(g.tf.identity(bn.gamma().variable()), g.tf.identity(bn.beta().variable()),
                    g.tf.identity(bn.movingMean().variable()), g.tf.identity(bn.movingVariance().variable()));
            assertArrayEquals(new float[] {1, 1, 1}, initial.get(0));
            assertArrayEquals(new float[] {0, 0, 0}, initial.get(1));
            assertArrayEquals(new float[] {0, 0, 0}, initial.get(2));
            assertArrayEquals(new float[] {1, 1, 1}, initial.get(3));
        }
    }

    @Test
    void withoutCenterAndScaleThereIsNoBetaOrGamma() {
        try (GraphRunner g = new GraphRunner()) {
            BatchNorm bn = new BatchNorm("bn", FEATURES, 0.99, EPSILON, false, false);
            bn.build(new BuildContext(g.tf, 42));
            assertEquals(2, bn.weights().size());
            var error = assertThrows(IllegalStateException.class, bn::gamma);
            assertEquals("BatchNorm 'bn' has no gamma: it was declared with scale = false", error.getMessage());
            assertThrows(IllegalStateException.class, bn::beta);
            float[] x = batch(new Random(5), BATCH);
            float[] y = g.value(bn.apply(g.tf, g.constant(Shape.of(BATCH, FEATURES), x), Mode.TRAINING));
            double[][] outStats = moments(y, BATCH);
            for (int j = 0; j < FEATURES; j++) {
                assertEquals(0, outStats[0][j], 1e-5);
            }
        }
    }

    @Test
    void rejectsBadConfigurationAndMismatchedInputs() {
        var error = assertThrows(IllegalArgumentException.class, () -> new BatchNorm("bn", 3, 1.5, EPSILON, true, true));
        assertEquals("BatchNorm 'bn': expected a momentum in [0, 1]. Received: momentum=1.5", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BatchNorm("bn", 0, 0.99, EPSILON, true, true));
        assertThrows(IllegalArgumentException.class, () -> new BatchNorm("bn", 3, 0.99, 0, true, true));
        try (GraphRunner g = new GraphRunner()) {
            BatchNorm bn = build(g, 0.99);
            var mismatch = assertThrows(IllegalArgumentException.class,
                    () -> bn.apply(g.tf, g.constant(Shape.of(1, 4), new float[4]), Mode.INFERENCE));
            assertEquals("BatchNorm 'bn': expected inputs whose last dimension is 3. Received: shape [1, 4]", mismatch.getMessage());
        }
    }

    private static BatchNorm build(GraphRunner g, double momentum) {
        BatchNorm bn = new BatchNorm("bn", FEATURES, momentum, EPSILON, true, true);
        bn.build(new BuildContext(g.tf, 42));
        return bn;
    }

    /** Rows of three features with different means and scales: N(3, 2²), N(−1, 0.5²), N(10, 5²). */
    private static float[] batch(Random random, int rows) {
        double[] mean = {3, -1, 10};
        double[] std = {2, 0.5, 5};
        float[] x = new float[rows * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (mean[i % FEATURES] + std[i % FEATURES] * random.nextGaussian());
        }
        return x;
    }

    /** {mean, biased variance} per feature of {@code rows} rows, in double. */
    private static double[][] moments(float[] x, int rows) {
        double[][] result = new double[2][FEATURES];
        for (int i = 0; i < x.length; i++) {
            result[0][i % FEATURES] += x[i] / (double) rows;
        }
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - result[0][i % FEATURES];
            result[1][i % FEATURES] += d * d / rows;
        }
        return result;
    }

    private static Operand<TFloat32> sumAll(GraphRunner g, Operand<TFloat32> y) {
        return g.tf.sum(g.tf.reshape(y, g.tf.constant(new int[] {-1})), g.tf.constant(0));
    }
}
