package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/** LeakyReLU(0.2), the chapter's slope: y = x for x > 0, 0.2·x otherwise; y' = 1 or 0.2. */
class LeakyReLUTest {
    private static final float[] X = {-2f, -0.5f, 0.3f, 1.7f};

    @Test
    void valueAndGradientWithSlopePointTwo() {
        try (GraphRunner g = new GraphRunner()) {
            LeakyReLU layer = new LeakyReLU("leaky", 0.2);
            Operand<TFloat32> x = g.constant(Shape.of(4), X);
            Operand<TFloat32> y = layer.apply(g.tf, x, Mode.TRAINING);
            Operand<TFloat32> gradient = g.tf.gradients(g.tf.sum(y, g.tf.constant(0)), List.of(x)).dy(0);
            List<float[]> run = g.run(y, gradient);
            for (int i = 0; i < X.length; i++) {
                double x0 = X[i];
                assertEquals(x0 > 0 ? x0 : 0.2 * x0, run.get(0)[i], 1e-6, "y(" + x0 + ")");
                assertEquals(x0 > 0 ? 1 : 0.2, run.get(1)[i], 1e-6, "y'(" + x0 + ")");
            }
        }
    }

    @Test
    void rejectsNegativeSlope() {
        var error = assertThrows(IllegalArgumentException.class, () -> new LeakyReLU("leaky", -0.1));
        assertEquals("LeakyReLU 'leaky': expected a finite, non-negative slope. Received: slope=-0.1", error.getMessage());
    }
}
