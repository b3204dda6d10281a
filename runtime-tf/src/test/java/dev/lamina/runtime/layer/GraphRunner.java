package dev.lamina.runtime.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A graph and its session for one test: build ops with {@link #tf}, then fetch values as flat
 * {@code float[]}s (row-major). The session is opened, and the variables initialized, on first use.
 */
final class GraphRunner implements AutoCloseable {
    final Graph graph = new Graph();
    final Ops tf = Ops.create(graph);
    private Session session;

    /** Runs {@code fetches} once (with {@code feeds}, which this call closes) and returns each value flattened. */
    List<float[]> run(List<Operand<TFloat32>> fetches, Map<Operand<?>, Tensor> feeds) {
        var runner = session().runner();
        feeds.forEach(runner::feed);
        fetches.forEach(runner::fetch);
        try (Result result = runner.run()) {
            List<float[]> values = new ArrayList<>();
            for (int i = 0; i < fetches.size(); i++) {
                values.add(flat((TFloat32) result.get(i)));
            }
            return values;
        } finally {
            feeds.values().forEach(Tensor::close);
        }
    }

    @SafeVarargs
    final List<float[]> run(Operand<TFloat32>... fetches) {
        return run(List.of(fetches), Map.of());
    }

    float[] value(Operand<TFloat32> fetch) {
        return run(List.of(fetch), Map.of()).get(0);
    }

    float[] value(Operand<TFloat32> fetch, Operand<?> placeholder, Tensor feed) {
        Map<Operand<?>, Tensor> feeds = new LinkedHashMap<>();
        feeds.put(placeholder, feed);
        return run(List.of(fetch), feeds).get(0);
    }

    /** Runs {@code targets} (state updates, constraints) with {@code feeds}, which this call closes. */
    void runTargets(List<Op> targets, Map<Operand<?>, Tensor> feeds) {
        var runner = session().runner();
        feeds.forEach(runner::feed);
        targets.forEach(runner::addTarget);
        try {
            runner.run().close();
        } finally {
            feeds.values().forEach(Tensor::close);
        }
    }

    /** Sets {@code weight} to {@code values} (row-major, matching its shape). */
    void assign(Weight weight, float... values) {
        Op assign = tf.assign(weight.variable(), tf.constant(weight.shape(), DataBuffers.of(values, true, false)));
        runTargets(List.of(assign), Map.of());
    }

    /** A constant of the given shape holding {@code values} row-major. */
    Operand<TFloat32> constant(Shape shape, float... values) {
        return tf.constant(shape, DataBuffers.of(values, true, false));
    }

    private Session session() {
        if (session == null) {
            session = new Session(graph);
            session.initialize();
        }
        return session;
    }

    static float[] flat(TFloat32 tensor) {
        float[] values = new float[Math.toIntExact(tensor.shape().size())];
        tensor.copyTo(DataBuffers.of(values, false, false));
        return values;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        graph.close();
    }
}
