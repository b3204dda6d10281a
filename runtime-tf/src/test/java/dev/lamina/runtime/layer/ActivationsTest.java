package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Defaults;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/**
 * Every activation and its gradient (as TensorFlow differentiates it in a training step) against
 * the closed forms written out below, at points on both sides of zero. The expected values are
 * computed in double from the same float inputs; 2e-6 is a few float32 ulps at these magnitudes.
 */
class ActivationsTest {
    private static final float[] X = {-2f, -0.5f, 0.3f, 1.7f};
    private static final double TOLERANCE = 2e-6;
    private static final double ALPHA = Defaults.SELU_ALPHA;
    private static final double SCALE = Defaults.SELU_SCALE;
    private static final double SLOPE = Defaults.LEAKY_RELU_SLOPE;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void valueAndGradientMatchTheClosedForm(Activation activation) {
        if (activation == Activation.SOFTMAX) {
            return; // a function of the whole vector: see softmaxAndItsJacobian
        }
        float[][] run = valueAndGradient(activation);
        for (int i = 0; i < X.length; i++) {
            double x = X[i];
            assertEquals(value(activation, x), run[0][i], TOLERANCE, activation + "(" + x + ")");
            assertEquals(derivative(activation, x), run[1][i], TOLERANCE, activation + "'(" + x + ")");
        }
    }

    /**
     * softmax_j = exp(x_j) / Σ exp(x_i); the gradient of L = Σ w_j · softmax_j (weights make it
     * non-constant: Σ softmax_j is 1) is dL/dx_j = s_j · (w_j − Σ s_i w_i).
     */
    @Test
    void softmaxAndItsJacobian() {
        double[] w = {1, 2, 3, 4};
        double[] s = new double[X.length];
        double z = 0;
        for (int i = 0; i < X.length; i++) {
            s[i] = Math.exp(X[i]);
            z += s[i];
        }
        double weighted = 0;
        for (int i = 0; i < X.length; i++) {
            s[i] /= z;
            weighted += s[i] * w[i];
        }
        try (GraphRunner g = new GraphRunner()) {
            Operand<TFloat32> x = g.constant(Shape.of(1, 4), X);
            Operand<TFloat32> y = Activations.apply(g.tf, Activation.SOFTMAX, x);
            Operand<TFloat32> loss = g.tf.sum(g.tf.math.mul(y, g.constant(Shape.of(1, 4), 1f, 2f, 3f, 4f)), g.tf.constant(new int[] {0, 1}));
            Operand<TFloat32> gradient = g.tf.gradients(loss, List.of(x)).dy(0);
            List<float[]> run = g.run(y, gradient);
            for (int j = 0; j < X.length; j++) {
                assertEquals(s[j], run.get(0)[j], TOLERANCE, "softmax_" + j);
                assertEquals(s[j] * (w[j] - weighted), run.get(1)[j], TOLERANCE, "dL/dx_" + j);
            }
        }
    }

    /** The layer form applies the same function: SELU through ActivationLayer equals the closed form. */
    @Test
    void activationLayerAppliesItsActivationInEveryMode() {
        try (GraphRunner g = new GraphRunner()) {
            ActivationLayer layer = new ActivationLayer("act", Activation.SELU);
            Operand<TFloat32> x = g.constant(Shape.of(4), X);
            for (Mode mode : Mode.values()) {
                float[] y = g.value(layer.apply(g.tf, x, mode));
                for (int i = 0; i < X.length; i++) {
                    assertEquals(value(Activation.SELU, X[i]), y[i], TOLERANCE, mode + " selu(" + X[i] + ")");
                }
            }
        }
    }

    @Test
    void activationLayerRejectsNull() {
        var error = assertThrows(NullPointerException.class, () -> new ActivationLayer("act", null));
        assertEquals("ActivationLayer 'act': expected an activation. Received: null", error.getMessage());
    }

    static double value(Activation activation, double x) {
        double sigmoid = 1 / (1 + Math.exp(-x));
        return switch (activation) {
            case LINEAR -> x;
            case SIGMOID -> sigmoid;
            case TANH -> Math.tanh(x);
            case SOFTMAX -> throw new AssertionError("vector function");
            case RELU -> Math.max(0, x);
            case LEAKY_RELU -> x > 0 ? x : SLOPE * x;
            case ELU -> x > 0 ? x : Math.expm1(x);
            case SELU -> SCALE * (x > 0 ? x : ALPHA * Math.expm1(x));
            case GELU -> x * phi(x);
            case SWISH -> x * sigmoid;
        };
    }

    static double derivative(Activation activation, double x) {
        double sigmoid = 1 / (1 + Math.exp(-x));
        return switch (activation) {
            case LINEAR -> 1;
            case SIGMOID -> sigmoid * (1 - sigmoid);
            case TANH -> 1 - Math.tanh(x) * Math.tanh(x);
            case SOFTMAX -> throw new AssertionError("vector function");
            case RELU -> x > 0 ? 1 : 0;
            case LEAKY_RELU -> x > 0 ? 1 : SLOPE;
            case ELU -> x > 0 ? 1 : Math.exp(x);
            case SELU -> SCALE * (x > 0 ? 1 : ALPHA * Math.exp(x));
            // d/dx [x · Φ(x)] = Φ(x) + x · φ(x), φ the standard normal density.
            case GELU -> phi(x) + x * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
            // d/dx [x · σ(x)] = σ(x) + x · σ(x) · (1 − σ(x)).
            case SWISH -> sigmoid + x * sigmoid * (1 - sigmoid);
        };
    }

    /** Φ(x) = (1 + erf(x / √2)) / 2, the standard normal distribution function. */
    private static double phi(double x) {
        return 0.5 * (1 + erf(x / Math.sqrt(2)));
    }

    /**
     * erf(z) = 2/√π · Σ (−1)ⁿ z^(2n+1) / (n! (2n+1)): the Maclaurin series, alternating with
     * terms shrinking fast for |z| ≤ 1.3 (the points here); 40 terms are exact to double precision.
     */
    private static double erf(double z) {
        double sum = 0;
        double power = z; // (−1)ⁿ z^(2n+1) / n!
        for (int n = 0; n < 40; n++) {
            sum += power / (2 * n + 1);
            power *= -z * z / (n + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    /** {f(X), f'(X)}: the values and the gradient of Σ f(x) with respect to x. */
    private static float[][] valueAndGradient(Activation activation) {
        try (GraphRunner g = new GraphRunner()) {
            Operand<TFloat32> x = g.constant(Shape.of(4), X);
            Operand<TFloat32> y = Activations.apply(g.tf, activation, x);
            Operand<TFloat32> gradient = g.tf.gradients(g.tf.sum(y, g.tf.constant(0)), List.of(x)).dy(0);
            List<float[]> run = g.run(y, gradient);
            return new float[][] {run.get(0), run.get(1)};
        }
    }
}
