package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.runtime.init.Initializer;
import dev.lamina.runtime.regularize.Constraint;
import dev.lamina.runtime.regularize.Regularizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class DenseTest {
    private static final float[][] X = {{1f, 2f, -1f}, {0.5f, -3f, 2f}};

    /** x · kernel + bias against a matrix product written out by hand, on the layer's own initial weights. */
    @Test
    void forwardPassIsMatrixProductPlusBias() {
        Dense dense = new Dense("dense", 3, 2, Activation.LINEAR, Init.GLOROT_UNIFORM, true);
        float[][][] run = run(dense, Activation.LINEAR);
        float[][] kernel = run[1];
        float[] bias = {0f, 0f};
        for (int n = 0; n < X.length; n++) {
            for (int j = 0; j < 2; j++) {
                float expected = bias[j];
                for (int i = 0; i < 3; i++) {
                    expected += X[n][i] * kernel[i][j];
                }
                assertEquals(expected, run[0][n][j], 1e-6f, "row " + n + ", unit " + j);
            }
        }
    }

    /** The activation is applied to the product: ELU(z) = z if z > 0 else exp(z) − 1. */
    @Test
    void activationFollowsTheProduct() {
        Dense linear = new Dense("linear", 3, 2, Activation.LINEAR, Init.ONES, false);
        Dense elu = new Dense("elu", 3, 2, Activation.ELU, Init.ONES, false);
        // With an all-ones kernel each unit outputs the row sum: 2 and −0.5.
        assertArrayEquals(new float[] {2f, 2f}, run(linear, Activation.LINEAR)[0][0]);
        float[] row = run(elu, Activation.ELU)[0][1];
        assertEquals((float) Math.expm1(-0.5), row[0], 1e-6f);
    }

    @Test
    void rejectsNonPositiveSizesNamingTheLayer() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new Dense("hidden1", 784, 0, Activation.RELU, Init.HE_NORMAL, true));
        assertEquals("Dense 'hidden1': expected positive sizes. Received: inputs=784, units=0", error.getMessage());
    }

    @Test
    void weightsAreNamedByLayerAndVariable() {
        try (Graph graph = new Graph()) {
            Dense dense = new Dense("hidden1", 3, 2, Activation.RELU, Init.HE, true);
            dense.build(new BuildContext(Ops.create(graph), 42));
            assertEquals("hidden1/kernel", dense.kernel().variable().op().name());
            assertEquals("hidden1/bias", dense.bias().variable().op().name());
            assertEquals(2, dense.weights().size());
        }
    }

    /**
     * Penalty = kernel regularizer + bias regularizer. An all-ones 3 × 2 kernel under l2(0.01)
     * costs 0.01 · 6; a bias of ones (set through withBiasInitializer) under l1(0.1) costs 0.1 · 2.
     * Their gradients are 2 · 0.01 · w and 0.1 · sign(b).
     */
    @Test
    void penaltySumsKernelAndBiasRegularizers() {
        try (GraphRunner g = new GraphRunner()) {
            Dense dense = new Dense("dense", 3, 2, Activation.RELU, Init.ONES, true)
                    .withBiasInitializer(Initializer.of(Init.ONES))
                    .withKernelRegularizer(Regularizer.l2(0.01))
                    .withBiasRegularizer(Regularizer.l1(0.1));
            dense.build(new BuildContext(g.tf, 7));
            Operand<TFloat32> penalty = dense.penalty(g.tf).orElseThrow();
            var gradients = g.tf.gradients(penalty, List.of(dense.kernel().variable(), dense.bias().variable()));
            List<float[]> run = g.run(penalty, gradients.dy(0), gradients.dy(1));
            assertEquals(0.01 * 6 + 0.1 * 2, run.get(0)[0], 1e-6);
            assertArrayEquals(new float[] {0.02f, 0.02f, 0.02f, 0.02f, 0.02f, 0.02f}, run.get(1), 1e-7f);
            assertArrayEquals(new float[] {0.1f, 0.1f}, run.get(2), 1e-7f);
        }
    }

    @Test
    void noRegularizerNoPenaltyNoConstraintNoOp() {
        try (GraphRunner g = new GraphRunner()) {
            Dense dense = new Dense("dense", 3, 2, Activation.RELU, Init.ONES, true);
            dense.build(new BuildContext(g.tf, 7));
            assertTrue(dense.penalty(g.tf).isEmpty());
            assertTrue(dense.constraints(g.tf).isEmpty());
        }
    }

    /** An all-ones kernel (3, 2) has column norms √3; maxNorm(1) brings them to 1, nonNeg zeroes a negative bias. */
    @Test
    void constraintsProjectTheVariables() {
        try (GraphRunner g = new GraphRunner()) {
            Dense dense = new Dense("dense", 3, 2, Activation.RELU, Init.ONES, true)
                    .withKernelConstraint(Constraint.maxNorm(1))
                    .withBiasConstraint(Constraint.nonNeg());
            dense.build(new BuildContext(g.tf, 7));
            var constraints = dense.constraints(g.tf);
            assertEquals(2, constraints.size());
            g.assign(dense.bias(), -0.5f, 0.25f);
            g.runTargets(constraints, Map.of());
            List<float[]> run = g.run(g.tf.identity(dense.kernel().variable()), g.tf.identity(dense.bias().variable()));
            for (float w : run.get(0)) {
                assertEquals(1 / Math.sqrt(3), w, 1e-6);
            }
            assertArrayEquals(new float[] {0f, 0.25f}, run.get(1), 0f);
        }
    }

    /** withKernelInitializer overrides the Init: a kernel of ones where the Init says zeros. */
    @Test
    void kernelInitializerOverridesTheInit() {
        try (GraphRunner g = new GraphRunner()) {
            Dense dense = new Dense("dense", 3, 2, Activation.LINEAR, Init.ZEROS, false)
                    .withKernelInitializer(Initializer.of(Init.ONES));
            dense.build(new BuildContext(g.tf, 7));
            assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, g.value(g.tf.identity(dense.kernel().variable())));
        }
    }

    @Test
    void configurationAfterBuildIsAnError() {
        try (Graph graph = new Graph()) {
            Dense dense = new Dense("hidden1", 3, 2, Activation.RELU, Init.HE, true);
            dense.build(new BuildContext(Ops.create(graph), 42));
            var error = assertThrows(IllegalStateException.class, () -> dense.withKernelRegularizer(Regularizer.l2(0.01)));
            assertEquals("Dense 'hidden1': withKernelRegularizer must be called before the model is built"
                    + " (the generated code calls it right after the constructor)", error.getMessage());
            assertThrows(IllegalStateException.class, () -> dense.withKernelInitializer(Initializer.orthogonal(1)));
            assertThrows(IllegalStateException.class, () -> dense.withBiasInitializer(Initializer.of(Init.ONES)));
            assertThrows(IllegalStateException.class, () -> dense.withBiasRegularizer(Regularizer.l1(0.01)));
            assertThrows(IllegalStateException.class, () -> dense.withKernelConstraint(Constraint.maxNorm(2)));
            assertThrows(IllegalStateException.class, () -> dense.withBiasConstraint(Constraint.nonNeg()));
        }
    }

    /** Returns {output, kernel}. */
    private static float[][][] run(Dense dense, Activation activation) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            dense.build(new BuildContext(tf, 7));
            Operand<TFloat32> y = dense.apply(tf, tf.constant(X), Mode.INFERENCE);
            assertEquals(activation, dense.activation());
            try (Session session = new Session(graph)) {
                session.initialize();
                try (Result result = session.runner().fetch(y).fetch(dense.kernel().variable()).run()) {
                    return new float[][][] {
                        StdArrays.array2dCopyOf((TFloat32) result.get(0)), StdArrays.array2dCopyOf((TFloat32) result.get(1))
                    };
                }
            }
        }
    }
}
