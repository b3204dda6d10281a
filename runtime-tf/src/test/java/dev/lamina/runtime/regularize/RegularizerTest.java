package dev.lamina.runtime.regularize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Keras's penalties on a hand tensor w = [[1, −2], [0.5, −0.25]]: Σ|w| = 3.75, Σw² = 5.3125.
 * l2 has no ½: a ½ would give half, a missing square 3.75 · l2.
 */
class RegularizerTest {
    private static final float[][] W = {{1f, -2f}, {0.5f, -0.25f}};

    @Test
    void l1IsFactorTimesSumOfAbsoluteValues() {
        assertEquals(0.01 * 3.75, penalty(Regularizer.l1(0.01)), 1e-7);
    }

    @Test
    void l2IsFactorTimesSumOfSquaresWithoutAHalf() {
        assertEquals(0.1 * 5.3125, penalty(Regularizer.l2(0.1)), 1e-7);
    }

    @Test
    void l1l2IsTheSum() {
        assertEquals(0.01 * 3.75 + 0.1 * 5.3125, penalty(Regularizer.l1l2(0.01, 0.1)), 1e-7);
    }

    /** The gradient the training step adds: l1 · sign(w) + 2 · l2 · w. */
    @Test
    void gradientIsL1SignPlusTwiceL2W() {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            Operand<TFloat32> w = tf.constant(W);
            Operand<TFloat32> gradient = tf.gradients(Regularizer.l1l2(0.01, 0.1).penalty(tf, w), List.of(w)).dy(0);
            try (Result result = session.runner().fetch(gradient).run()) {
                TFloat32 g = (TFloat32) result.get(0);
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        double expected = 0.01 * Math.signum(W[i][j]) + 2 * 0.1 * W[i][j];
                        assertEquals(expected, g.getFloat(i, j), 1e-7, "d/dw[" + i + "][" + j + "]");
                    }
                }
            }
        }
    }

    @Test
    void negativeFactorsAreRejectedNamingTheValue() {
        var error = assertThrows(IllegalArgumentException.class, () -> Regularizer.l2(-0.01));
        assertEquals("Regularizer l2: expected a finite, non-negative factor. Received: l2=-0.01", error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> Regularizer.l1l2(0.01, -1));
        assertEquals("Regularizer l1l2: expected a finite, non-negative factor. Received: l2=-1.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Regularizer.l1(Double.NaN));
    }

    @Test
    void toStringReadsLikeTheCall() {
        assertEquals("l1(0.01)", Regularizer.l1(0.01).toString());
        assertEquals("l2(0.001)", Regularizer.l2(0.001).toString());
        assertEquals("l1l2(0.01, 0.02)", Regularizer.l1l2(0.01, 0.02).toString());
    }

    private static double penalty(Regularizer regularizer) {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            try (Result result = session.runner().fetch(regularizer.penalty(tf, tf.constant(W))).run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }
    }
}
