package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
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
