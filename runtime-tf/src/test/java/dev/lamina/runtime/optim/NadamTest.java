package dev.lamina.runtime.optim;

import static dev.lamina.runtime.optim.OptimizerHarness.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.train.ApplyAdagradV2;
import org.tensorflow.op.train.ApplyAdam;
import org.tensorflow.types.TFloat32;

class NadamTest {
    private static final float[][] W0 = {{1.0f, -2.0f, 0.5f}, {0.8f, -1.5f}};
    private static final float[][] C = {{1.0f, 0.5f, 3.0f}, {2.0f, 0.25f}};
    private static final double[] RATES = {0.1, 0.03, 0.05};
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;
    private static final double EPS = 1e-7;

    /**
     * Keras 3's rule (nadam.py), with two weights: if Π were advanced once per weight, or a weight
     * read it before this step's update, the second weight's trajectory would be off.
     * u_t = β1(1 − ½·0.96^t); Π_t = Π_{t−1}·u_t; m += (1 − β1)(g − m); v += (1 − β2)(g² − v);
     * m̂ = u_{t+1}·m/(1 − Π_t·u_{t+1}) + (1 − u_t)·g/(1 − Π_t); v̂ = v/(1 − β2^t);
     * w −= lr·m̂/(sqrt(v̂) + ε), with the decays 1 − β as Keras computes them ({@link #kerasDecay}).
     */
    @Test
    void threeStepsWithOneSharedProduct() {
        try (var harness = new OptimizerHarness(new Nadam(0.1, B1, B2, EPS), W0, C)) {
            double[][] w = {OptimizerHarness.toDouble(W0[0]), OptimizerHarness.toDouble(W0[1])};
            double[][] m = {new double[3], new double[2]};
            double[][] v = {new double[3], new double[2]};
            double product = 1;
            for (int t = 1; t <= RATES.length; t++) {
                double lr = RATES[t - 1];
                double u = B1 * (1 - 0.5 * Math.pow(0.96, t));
                double uNext = B1 * (1 - 0.5 * Math.pow(0.96, t + 1));
                product *= u;
                for (int k = 0; k < 2; k++) {
                    for (int i = 0; i < w[k].length; i++) {
                        double g = harness.gradient(k, w[k][i], i);
                        m[k][i] += kerasDecay(B1) * (g - m[k][i]);
                        v[k][i] += kerasDecay(B2) * (g * g - v[k][i]);
                        double mHat = uNext * m[k][i] / (1 - product * uNext) + (1 - u) * g / (1 - product);
                        double vHat = v[k][i] / (1 - Math.pow(B2, t));
                        w[k][i] -= lr * mHat / (Math.sqrt(vHat) + EPS);
                    }
                }
                harness.step(lr);
                assertClose(w[0], harness.weight(0), 1e-6, "first weight after step " + t);
                assertClose(w[1], harness.weight(1), 1e-6, "second weight after step " + t);
                assertClose(new double[] {product}, harness.read("optimizer/nadam_u_product"), 1e-6, "Π after step " + t);
            }
        }
    }

    /**
     * β1 = 0: u_t = 0, Π = 0, so m̂ = g (a = 0, b = 1) and m = g. Several steps with gradients of
     * changing size and sign, fed directly, against Keras's rule in double precision.
     */
    @Test
    void zeroBeta1IsRmsPropWithBiasCorrection() {
        double[][] gradients = {
                {0.3, -2.0, 1e-6, 0.0, 5e-8},
                {-0.1, -1.5, 4e-6, 0.0, -2e-7},
                {0.0, 3.0, -1e-8, 1e-3, 1e-7},
                {0.02, -0.5, 2e-7, -1e-3, 0.0},
                {0.5, 0.25, -3e-6, 2e-4, 3e-8}};
        double[] rates = {0.01, 0.003, 0.02, 0.005, 0.01};
        assertMatchesKeras(0.0, 0.999, 1e-7, gradients, rates);
    }

    /**
     * Gradients around ε in size (and zero), so that sqrt(v̂) and ε are comparable: the kernels add
     * ε' = ε·sqrt(1 − β2^t) to sqrt(v), which is Keras's ε added to sqrt(v̂) only if ε' is right.
     * With β2 = 0.99 the bias correction changes fast, so a wrong ε' shows at every step.
     */
    @Test
    void epsilonMattersWhenTheGradientIsSmall() {
        double[][] gradients = {
                {1e-7, -3e-8, 2e-6, 0.0, 0.4, 1e-9},
                {5e-8, -1e-7, 1e-8, 1e-7, -0.2, 2e-7},
                {-2e-7, 4e-8, -5e-7, 0.0, 0.01, -1e-8},
                {1e-9, -2e-7, 3e-8, 2e-8, 1e-6, 5e-7},
                {3e-7, 1e-8, -1e-7, -1e-7, -0.3, 0.0},
                {-1e-8, 6e-8, 2e-7, 0.0, 2e-7, 1e-7}};
        double[] rates = {0.01, 0.02, 0.005, 0.01, 0.03, 0.01};
        assertMatchesKeras(0.9, 0.99, 1e-7, gradients, rates);
        assertMatchesKeras(0.5, 0.999, 3e-7, gradients, rates);
    }

    /**
     * Feeds {@code gradients[t−1]} and {@code rates[t−1]} at step t to one weight and checks the
     * weight, m and v after every step against Keras's Nadam in double precision: the weight to 1e-6
     * relative, the moments to 1e-6 of the operands of their update ({@code m + (1 − β1)(g − m)}
     * cancels in float32, in Keras as here, when g and the old m differ by orders of magnitude).
     */
    private static void assertMatchesKeras(double b1, double b2, double eps, double[][] gradients, double[] rates) {
        int n = gradients[0].length;
        float[] initial = new float[n];
        for (int i = 0; i < n; i++) {
            initial[i] = 0.05f * (i + 1) * (i % 2 == 0 ? 1 : -1);
        }
        double[] w = OptimizerHarness.toDouble(initial);
        double[] m = new double[n];
        double[] v = new double[n];
        double product = 1;
        String hyper = "beta1=" + b1 + ", beta2=" + b2 + ", epsilon=" + eps;
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            BuildContext context = new BuildContext(tf, 1);
            Weight weight = context.create("layer", "w", Shape.of(n), (init, shape, seed) -> init.constant(initial));
            Placeholder<TFloat32> gradient = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(n)));
            Placeholder<TFloat32> learningRate = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            Op step = new Nadam(0.001, b1, b2, eps).applyGradients(context, List.of(weight), List.of(gradient), learningRate,
                    context.iterations());
            try (Session session = new Session(graph)) {
                session.initialize();
                for (int t = 1; t <= gradients.length; t++) {
                    double[] g = gradients[t - 1];
                    double lr = (float) rates[t - 1];
                    double u = b1 * (1 - 0.5 * Math.pow(0.96, t));
                    double uNext = b1 * (1 - 0.5 * Math.pow(0.96, t + 1));
                    product *= u;
                    float[] fed = new float[n];
                    double[] mScale = new double[n];
                    double[] vScale = new double[n];
                    for (int i = 0; i < n; i++) {
                        fed[i] = (float) g[i];
                        double gi = fed[i];
                        mScale[i] = Math.abs(m[i]) + Math.abs(gi);
                        vScale[i] = v[i] + gi * gi;
                        m[i] += kerasDecay(b1) * (gi - m[i]);
                        v[i] += kerasDecay(b2) * (gi * gi - v[i]);
                        double mHat = uNext * m[i] / (1 - product * uNext) + (1 - u) * gi / (1 - product);
                        double vHat = v[i] / (1 - Math.pow(b2, t));
                        w[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
                    }
                    try (TFloat32 rate = TFloat32.scalarOf((float) lr);
                            TFloat32 g32 = TFloat32.tensorOf(Shape.of(n), DataBuffers.of(fed, true, false))) {
                        session.runner().feed(learningRate, rate).feed(gradient, g32).addTarget(step).run().close();
                    }
                    assertClose(w, read(session, "layer/w"), 1e-6, hyper + ": w after step " + t);
                    assertWithin(m, read(session, "optimizer/layer/w/m"), mScale, hyper + ": m after step " + t);
                    assertWithin(v, read(session, "optimizer/layer/w/v"), vScale, hyper + ": v after step " + t);
                }
            }
        }
    }

    @Test
    void theProductIsOneStateVariable() {
        try (var harness = new OptimizerHarness(new Nadam(0.001, B1, B2, EPS), W0, C)) {
            // The model's counters, the harness's weights, Π once, then each weight's moments.
            assertEquals(List.of("optimizer/iterations", "training/seed", "layer/w", "layer/w1", "optimizer/nadam_u_product", "optimizer/layer/w/m",
                    "optimizer/layer/w/v", "optimizer/layer/w1/m", "optimizer/layer/w1/v"), harness.variableNames());
            assertEquals(1f, harness.read("optimizer/nadam_u_product")[0]);
        }
    }

    @Test
    void rejectsOutOfRangeHyperparameters() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Nadam(0.001, 0.9, 0.999, -1e-7));
        assertEquals("Nadam: expected beta1 and beta2 in [0, 1) and a positive epsilon. Received: beta1=0.9,"
                + " beta2=0.999, epsilon=-1.0E-7", error.getMessage());
    }

    /**
     * The contract of TensorFlow's fused kernels that the two-kernel Nadam relies on, checked on
     * a tiny graph against the formulas computed in double precision: {@code ApplyAdam} (plain and
     * with {@code use_nesterov}) fed zero beta powers, and {@code ApplyAdagradV2} with
     * {@code update_slots=false} (its accumulator is read, not written).
     */
    @Test
    void theFusedKernelsComputeWhatTheAlgebraAssumes() {
        float[] w0 = {0.7f, -1.3f, 2.0f, 1e-3f};
        float[] m0 = {0.1f, -0.2f, 0.05f, 0f};
        float[] v0 = {0.01f, 0.04f, 1e-6f, 0f};
        float[] g = {0.3f, -0.9f, 1e-3f, 2e-4f};
        float alpha = 0.037f;
        float b1 = 0.8f;
        float b2 = 0.99f;
        float eps = 0.02f;
        for (boolean nesterov : new boolean[] {false, true}) {
            try (Graph graph = new Graph()) {
                Ops tf = Ops.create(graph);
                Variable<TFloat32> w = tf.withName("w").variable(tf.constant(w0));
                Variable<TFloat32> m = tf.withName("m").variable(tf.constant(m0));
                Variable<TFloat32> v = tf.withName("v").variable(tf.constant(v0));
                Operand<TFloat32> zero = tf.constant(0f);
                ApplyAdam<TFloat32> adam = tf.train.applyAdam(w, m, v, zero, zero, tf.constant(alpha), tf.constant(b1),
                        tf.constant(b2), tf.constant(eps), tf.constant(g), ApplyAdam.useNesterov(nesterov));
                float rate = -0.011f;
                Op adagrad = tf.withControlDependencies(List.of(adam)).train.applyAdagradV2(w, v, tf.constant(rate),
                        tf.constant(eps), tf.constant(g), ApplyAdagradV2.updateSlots(false));
                double[] m1 = new double[g.length];
                double[] v1 = new double[g.length];
                double[] w1 = new double[g.length];
                double[] w2 = new double[g.length];
                for (int i = 0; i < g.length; i++) {
                    m1[i] = m0[i] + ((double) g[i] - m0[i]) * (1 - (double) b1);
                    v1[i] = v0[i] + ((double) g[i] * g[i] - v0[i]) * (1 - (double) b2);
                    double direction = nesterov ? (double) b1 * m1[i] + (1 - (double) b1) * g[i] : m1[i];
                    w1[i] = w0[i] - alpha * direction / (Math.sqrt(v1[i]) + eps);
                    w2[i] = w1[i] - rate * g[i] / (Math.sqrt(v1[i]) + eps);
                }
                String kernel = nesterov ? "ApplyAdam(use_nesterov)" : "ApplyAdam";
                try (Session session = new Session(graph)) {
                    session.initialize();
                    session.runner().addTarget(adam).run().close();
                    assertClose(m1, read(session, "m"), 1e-6, kernel + ": m");
                    assertClose(v1, read(session, "v"), 1e-6, kernel + ": v");
                    assertClose(w1, read(session, "w"), 1e-6, kernel + ": w");
                }
                // A fresh session: the ApplyAdagradV2 target runs ApplyAdam first (its control dependency).
                try (Session session = new Session(graph)) {
                    session.initialize();
                    session.runner().addTarget(adagrad).run().close();
                    assertClose(m1, read(session, "m"), 1e-6, kernel + " then ApplyAdagradV2(update_slots=false): m");
                    assertClose(v1, read(session, "v"), 1e-6, kernel + " then ApplyAdagradV2(update_slots=false): v");
                    assertClose(w2, read(session, "w"), 1e-6, kernel + " then ApplyAdagradV2(update_slots=false): w");
                }
            }
        }
    }

    /** Asserts that each element is within {@code 1e-6 · scale[i]} of the expectation. */
    private static void assertWithin(double[] expected, float[] actual, double[] scale, String message) {
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(actual[i] - expected[i]) <= 1e-6 * scale[i])) {
                throw new AssertionError(message + ": element " + i + " expected " + expected[i] + " but was " + actual[i]
                        + " (error " + Math.abs(actual[i] - expected[i]) + ", tolerance " + 1e-6 * scale[i] + ")");
            }
        }
    }

    /**
     * {@code 1 − β} as Keras's {@code nadam.py} computes it: β cast to float32 first
     * ({@code ops.cast(self.beta_2, var_dtype)}), then subtracted from 1 (exactly, in float32).
     * TensorFlow's fused {@code ApplyAdam} kernel does the same. For β2 = 0.999 this is
     * 1 − 0.99900001287 = 0.00099998713, 1.3e-5 below 0.001: a difference a 1e-6 comparison sees.
     */
    private static double kerasDecay(double beta) {
        return 1 - (double) (float) beta;
    }

    private static float[] read(Session session, String name) {
        try (Result result = session.runner().fetch(name).run()) {
            TFloat32 tensor = (TFloat32) result.get(0);
            float[] values = new float[Math.toIntExact(tensor.shape().size())];
            tensor.copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }
}
