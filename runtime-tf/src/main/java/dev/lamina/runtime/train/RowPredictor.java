package dev.lamina.runtime.train;

import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.types.TFloat32;

/**
 * The prediction of one example, the path application code takes one request at a time. Its cost
 * is TensorFlow's, not ours: the input tensor {@code [1, input shape]} is made once and refilled
 * with each example, the runner that feeds it and fetches the probabilities is prepared once per
 * session, and on one device the step runs on the calling thread ({@code RunOptions
 * .inter_op_thread_pool = -1}): for a graph this small, handing its ops to the inter-op pool costs
 * more than they take.
 *
 * <p>Not thread-safe by itself: the model calls it while holding its session (a reading
 * operation of {@link ModelGuard}), so one thread at a time fills the shared input tensor.
 */
final class RowPredictor implements AutoCloseable {
    private final ModelSession model;
    private final TFloat32 row;
    private final FloatDataBuffer rowValues;
    /** The runner, and what it was prepared for: the session and the inference output it fetches. */
    private Session.Runner runner;
    private Session preparedFor;
    private Operand<TFloat32> fetched;

    RowPredictor(ModelSession model, long[] inputShape) {
        this.model = model;
        long[] shape = new long[inputShape.length + 1];
        shape[0] = 1;
        System.arraycopy(inputShape, 0, shape, 1, inputShape.length);
        row = TFloat32.tensorOf(Shape.of(shape));
        rowValues = row.asRawTensor().data().asFloats();
    }

    /** The output layer's activations for {@code example}, already checked to fit and be finite. */
    float[] predict(float[] example) {
        Operand<TFloat32> probabilities = model.ops().inference().probabilities();
        Session session = model.session();
        if (session != preparedFor || probabilities != fetched) {
            runner = session.runner().feed(model.ops().input(), row).fetch(probabilities);
            if (model.replication() == null) {
                runner.setOptions(ModelSession.ON_CALLING_THREAD);
            }
            preparedFor = session;
            fetched = probabilities;
        }
        rowValues.write(example);
        try (Result result = runner.run()) {
            FloatDataBuffer values = ((TFloat32) result.get(0)).asRawTensor().data().asFloats();
            float[] prediction = new float[Math.toIntExact(values.size())];
            values.read(prediction);
            return prediction;
        }
    }

    @Override
    public void close() {
        row.close();
    }
}
