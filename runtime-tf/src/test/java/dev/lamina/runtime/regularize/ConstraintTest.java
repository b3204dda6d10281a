package dev.lamina.runtime.regularize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Constraints on a Dense-style kernel (in = 2, out = 2) whose column 0 is (3, 4), norm 5, and
 * column 1 is (0.3, −0.4), norm 0.5. Norms are over axis 0: each output unit's incoming weights.
 */
class ConstraintTest {
    private static final float[][] KERNEL = {{3f, 0.3f}, {4f, -0.4f}};

    /** The long column is scaled to norm 1 (5/(5 + 1e-7) of it), the short one is unchanged (to the 1e-7 fuzz). */
    @Test
    void maxNormShrinksOnlyTheLongColumns() {
        float[][] w = project(Constraint.maxNorm(1));
        assertArrayEquals(new float[] {0.6f, 0.3f}, w[0], 1e-6f);
        assertArrayEquals(new float[] {0.8f, -0.4f}, w[1], 1e-6f);
        float[] norms = columnNorms(w);
        assertTrue(norms[0] <= 1 + 1e-6 && norms[1] <= 1 + 1e-6, "norms " + norms[0] + ", " + norms[1]);
    }

    @Test
    void unitNormMakesEveryColumnNormOne() {
        float[] norms = columnNorms(project(Constraint.unitNorm()));
        assertArrayEquals(new float[] {1f, 1f}, norms, 1e-6f);
    }

    @Test
    void nonNegZeroesNegativeEntries() {
        float[][] w = project(Constraint.nonNeg());
        // w · 0 is −0.0 for a negative w (as in Keras): equal to 0 as a number, hence the delta of 0.
        assertArrayEquals(new float[] {3f, 0.3f}, w[0], 0f);
        assertArrayEquals(new float[] {4f, 0f}, w[1], 0f);
    }

    @Test
    void maxNormRejectsNonPositiveMaximum() {
        var error = assertThrows(IllegalArgumentException.class, () -> Constraint.maxNorm(0));
        assertEquals("Constraint maxNorm: expected a finite, positive maximum norm. Received: maxValue=0.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Constraint.maxNorm(-2));
    }

    @Test
    void toStringReadsLikeTheCall() {
        assertEquals("maxNorm(2.0)", Constraint.maxNorm(2).toString());
        assertEquals("unitNorm()", Constraint.unitNorm().toString());
        assertEquals("nonNeg()", Constraint.nonNeg().toString());
    }

    private static float[][] project(Constraint constraint) {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            try (Result result = session.runner().fetch(constraint.project(tf, tf.constant(KERNEL))).run()) {
                return StdArrays.array2dCopyOf((TFloat32) result.get(0));
            }
        }
    }

    private static float[] columnNorms(float[][] w) {
        float[] norms = new float[w[0].length];
        for (int j = 0; j < norms.length; j++) {
            double sum = 0;
            for (float[] row : w) {
                sum += row[j] * (double) row[j];
            }
            norms[j] = (float) Math.sqrt(sum);
        }
        return norms;
    }
}
