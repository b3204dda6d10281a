package dev.lamina.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Weight;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt64;

/**
 * Weight vectors {@code w_k} trained on {@code loss = ½·Σ_k Σ_i c_ki·w_ki²}, whose gradient is
 * {@code g_k = c_k ⊙ w_k}: a gradient that changes with the weight, so an update rule that reads a
 * stale or wrong value shows up after the second step. The first weight is {@code layer/w}, the
 * others {@code layer/w1}, {@code layer/w2}, …
 */
final class OptimizerHarness implements AutoCloseable {
    private final float[][] curvature;
    private final Graph graph = new Graph();
    private final Session session;
    private final List<Weight> weights = new ArrayList<>();
    private final Placeholder<TFloat32> learningRate;
    private final Op step;

    OptimizerHarness(Optimizer optimizer, float[] initial, float[] curvature) {
        this(optimizer, new float[][] {initial}, new float[][] {curvature});
    }

    OptimizerHarness(Optimizer optimizer, float[][] initial, float[][] curvature) {
        this.curvature = curvature;
        Ops tf = Ops.create(graph);
        BuildContext context = new BuildContext(tf, 1);
        List<Operand<TFloat32>> terms = new ArrayList<>();
        for (int k = 0; k < initial.length; k++) {
            float[] values = initial[k];
            Weight weight = context.create("layer", k == 0 ? "w" : "w" + k, Shape.of(values.length),
                    (init, shape, seed) -> init.constant(values));
            weights.add(weight);
            terms.add(tf.sum(tf.math.mul(tf.constant(curvature[k]), tf.math.square(tf.identity(weight.variable()))),
                    tf.constant(0)));
        }
        Operand<TFloat32> loss = tf.math.mul(tf.constant(0.5f), tf.math.addN(terms));
        var dy = tf.gradients(loss, weights.stream().map(Weight::variable).toList());
        List<Operand<TFloat32>> gradients = new ArrayList<>();
        for (int k = 0; k < weights.size(); k++) {
            gradients.add(dy.<TFloat32>dy(k));
        }
        learningRate = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        step = optimizer.applyGradients(context, weights, gradients, learningRate, context.iterations());
        session = new Session(graph);
        session.initialize();
    }

    /** Runs one step at {@code rate} and returns the first weight afterwards. */
    float[] step(double rate) {
        try (TFloat32 lr = TFloat32.scalarOf((float) rate)) {
            session.runner().feed(learningRate, lr).addTarget(step).run().close();
        }
        return weight(0);
    }

    /** Runs one step at {@code rate} with the optimizer's momentum input fed {@code momentum}; returns the first weight. */
    float[] step(double rate, double momentum, Optimizer optimizer) {
        try (TFloat32 lr = TFloat32.scalarOf((float) rate); TFloat64 mu = TFloat64.scalarOf(momentum)) {
            session.runner().feed(learningRate, lr).feed(optimizer.momentumInput().orElseThrow(), mu).addTarget(step)
                    .run().close();
        }
        return weight(0);
    }

    /** The value of weight {@code k}. */
    float[] weight(int k) {
        return read(weights.get(k).variable().op().name());
    }

    /** The value of the graph variable (or any float op) named {@code name}, flattened. */
    float[] read(String name) {
        GraphOperation operation = graph.operation(name);
        if (operation == null) {
            throw new IllegalArgumentException("No op named " + name);
        }
        try (Result result = session.runner().fetch(name).run()) {
            TFloat32 tensor = (TFloat32) result.get(0);
            float[] values = new float[Math.toIntExact(tensor.shape().size())];
            tensor.copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    /** Whether the graph has an op named {@code name}. */
    boolean hasOperation(String name) {
        return graph.operation(name) != null;
    }

    /** The names of the graph's variables, in creation order. */
    List<String> variableNames() {
        List<String> names = new ArrayList<>();
        graph.operations().forEachRemaining(operation -> {
            if (operation.type().equals("VariableV2")) {
                names.add(operation.name());
            }
        });
        return names;
    }

    /** The gradient the harness's loss has at {@code w}, element {@code i} of the first weight. */
    double gradient(double w, int i) {
        return gradient(0, w, i);
    }

    /** The gradient the harness's loss has at {@code w}, element {@code i} of weight {@code k}. */
    double gradient(int k, double w, int i) {
        return curvature[k][i] * w;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }

    /** Asserts that each element is within {@code relative · |expected|} of the expectation. */
    static void assertClose(double[] expected, float[] actual, double relative, String message) {
        assertEquals(expected.length, actual.length, message + ": length");
        for (int i = 0; i < expected.length; i++) {
            double tolerance = relative * Math.abs(expected[i]);
            if (!(Math.abs(actual[i] - expected[i]) <= tolerance)) {
                throw new AssertionError(message + ": element " + i + " expected " + expected[i] + " but was " + actual[i]
                        + " (relative error " + Math.abs(actual[i] - expected[i]) / Math.abs(expected[i])
                        + ", tolerance " + relative + ")");
            }
        }
    }

    static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
