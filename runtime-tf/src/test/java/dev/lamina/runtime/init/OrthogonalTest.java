package dev.lamina.runtime.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Init;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;

/**
 * Keras's Orthogonal: a tall kernel (in ≥ out) has orthonormal columns, Wᵀ·W = gain² · I; a wide
 * one orthonormal rows, W·Wᵀ = gain² · I. Checked entry by entry within 1e-5 (float32 products
 * of 64 terms of size ~1/8 accumulate errors of ~1e-7).
 */
class OrthogonalTest {
    private static final long[] SEED = {42, 7};

    @Test
    void tallKernelHasOrthonormalColumns() {
        float[] w = VarianceScalingTest.sample(Initializer.orthogonal(1.0), Shape.of(64, 32), SEED);
        assertGram(w, 64, 32, true, 1.0);
    }

    /** The DSL's {@code init = ORTHOGONAL} is Keras's default gain of 1. */
    @Test
    void initOrthogonalIsGainOne() {
        assertEquals(new Orthogonal(1.0), Initializer.of(Init.ORTHOGONAL));
        float[] w = VarianceScalingTest.sample(Initializer.of(Init.ORTHOGONAL), Shape.of(30, 10), SEED);
        assertGram(w, 30, 10, true, 1.0);
    }

    @Test
    void wideKernelHasOrthonormalRows() {
        float[] w = VarianceScalingTest.sample(Initializer.orthogonal(1.0), Shape.of(16, 40), SEED);
        assertGram(w, 16, 40, false, 1.0);
    }

    @Test
    void gainScalesTheMatrix() {
        float[] w = VarianceScalingTest.sample(Initializer.orthogonal(2.0), Shape.of(20, 20), SEED);
        assertGram(w, 20, 20, true, 2.0);
    }

    /** A convolution-style kernel (3, 3, 4, 8) is flattened to (36, 8), as Keras does: 8 orthonormal columns. */
    @Test
    void higherRankShapesFlattenAllButTheLastDimension() {
        float[] w = VarianceScalingTest.sample(Initializer.orthogonal(1.0), Shape.of(3, 3, 4, 8), SEED);
        assertGram(w, 36, 8, true, 1.0);
    }

    /**
     * Keras's construction, not just any orthogonal matrix: W = Q · sign(diag R) for A = QR, A the
     * normal matrix drawn from the same seed. Then Wᵀ·A = sign(diag R) · R is upper triangular with
     * a positive diagonal, which fails without the sign correction (about half the diagonal
     * negative) or with Q taken from another matrix.
     */
    @Test
    void followsKerasConstructionWithSignCorrection() {
        int rows = 12;
        int cols = 5;
        float[] w = VarianceScalingTest.sample(Initializer.orthogonal(1.0), Shape.of(rows, cols), SEED);
        Initializer normal = (tf, shape, seed) -> tf.random.statelessRandomNormal(tf.constant(shape), tf.constant(seed));
        float[] a = VarianceScalingTest.sample(normal, Shape.of(rows, cols), SEED);
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                double dot = 0;
                for (int k = 0; k < rows; k++) {
                    dot += w[k * cols + i] * (double) a[k * cols + j];
                }
                if (i == j) {
                    assertTrue(dot > 1e-3, "diagonal " + i + " of Wᵀ·A is " + dot);
                } else if (i > j) {
                    assertEquals(0, dot, 1e-5, "below the diagonal at (" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test
    void sameSeedSameMatrixOtherSeedOtherMatrix() {
        Initializer orthogonal = Initializer.orthogonal(1.0);
        float[] a = VarianceScalingTest.sample(orthogonal, Shape.of(10, 6), SEED);
        assertArrayEquals(a, VarianceScalingTest.sample(orthogonal, Shape.of(10, 6), SEED));
        assertFalse(Arrays.equals(a, VarianceScalingTest.sample(orthogonal, Shape.of(10, 6), new long[] {42, 8})));
    }

    @Test
    void vectorsAreRejected() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> VarianceScalingTest.sample(Initializer.orthogonal(1.0), Shape.of(5), SEED));
        assertEquals("Orthogonal: expected a fully known shape of rank 2 or more. Received: shape=[5]", error.getMessage());
    }

    /** Asserts Wᵀ·W (columns) or W·Wᵀ (rows) equals gain² · I, W row-major of shape (rows, cols). */
    private static void assertGram(float[] w, int rows, int cols, boolean columns, double gain) {
        int n = columns ? cols : rows;
        int length = columns ? rows : cols;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0;
                for (int k = 0; k < length; k++) {
                    dot += columns ? w[k * cols + a] * (double) w[k * cols + b] : w[a * cols + k] * (double) w[b * cols + k];
                }
                assertEquals(a == b ? gain * gain : 0, dot, 1e-5 * gain * gain, "Gram entry (" + a + ", " + b + ")");
            }
        }
    }
}
