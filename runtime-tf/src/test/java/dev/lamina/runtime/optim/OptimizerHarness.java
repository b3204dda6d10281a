package dev.lamina.runtime.optim;

import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.layer.BuildContext;
import java.util.List;
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
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * One weight vector {@code w} trained on {@code loss = ½·Σ c_i·w_i²}, whose gradient is
 * {@code g = c ⊙ w}: a gradient that changes with the weight, so an update rule that reads a stale
 * or wrong value shows up after the second step.
 */
final class OptimizerHarness implements AutoCloseable {
    final float[] curvature;
    private final Graph graph = new Graph();
    private final Session session;
    private final Weight weight;
    private final Placeholder<TFloat32> learningRate;
    private final Op step;

    OptimizerHarness(Optimizer optimizer, float[] initial, float[] curvature) {
        this.curvature = curvature;
        Ops tf = Ops.create(graph);
        BuildContext context = new BuildContext(tf, 1);
        weight = context.create("layer", "w", Shape.of(initial.length),
                (init, shape, seed) -> init.constant(initial));
        Operand<TFloat32> w = tf.identity(weight.variable());
        Operand<TFloat32> loss = tf.math.mul(tf.constant(0.5f),
                tf.sum(tf.math.mul(tf.constant(curvature), tf.math.square(w)), tf.constant(0)));
        Operand<TFloat32> gradient = tf.gradients(loss, List.of(weight.variable())).dy(0);
        learningRate = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        Variable<TInt64> iterations = tf.variable(tf.withInitScope().constant(0L));
        step = optimizer.applyGradients(context, List.of(weight), List.of(gradient), learningRate, iterations);
        session = new Session(graph);
        session.initialize();
    }

    /** Runs one step at {@code rate} and returns the weight afterwards. */
    float[] step(double rate) {
        try (TFloat32 lr = TFloat32.scalarOf((float) rate)) {
            session.runner().feed(learningRate, lr).addTarget(step).run().close();
        }
        return weight();
    }

    float[] weight() {
        try (Result result = session.runner().fetch(weight.variable()).run()) {
            float[] values = new float[Math.toIntExact(weight.shape().size())];
            ((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    /** The gradient the harness's loss has at {@code w}. */
    double gradient(double w, int i) {
        return curvature[i] * w;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
