package dev.lamina.runtime.train;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Batches;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.train.feed.BatchFeed;
import dev.lamina.runtime.train.feed.StepFeed;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.types.TFloat32;

/** The inference-mode passes over a data set: its loss and metrics, and the model's outputs. */
final class Evaluator {
    private final ModelSession session;

    Evaluator(ModelSession session) {
        this.session = session;
    }

    /** The loss and metric sums over {@code data}, in batches of {@code batchSize} (which does not change them). */
    Totals measure(Dataset data, int batchSize) {
        TrainingGraph ops = session.ops();
        Totals totals = new Totals(ops.metrics());
        TrainingGraph.Inference inference = ops.inference();
        List<Operand<TFloat32>> metricSums = inference.metricSums();
        double[] batchSums = new double[metricSums.size()];
        Batches batches = data.batches(batchSize, false, 0, 0);
        try (StepFeed feed = new BatchFeed(ops.input(), ops.labels(), data.exampleShape(), data.exampleSize(),
                data.targets().width(), Math.min(batchSize, data.size()))) {
            for (int index = 0; index < batches.batchCount(); index++) {
                int size = feed.load(batches, index);
                Session.Runner runner = feed.feed(session.runner()).fetch(inference.loss());
                metricSums.forEach(runner::fetch);
                try (Result result = runner.run()) {
                    for (int i = 0; i < batchSums.length; i++) {
                        batchSums[i] = ((TFloat32) result.get(i + 1)).getFloat();
                    }
                    totals.add(size, ((TFloat32) result.get(0)).getFloat(), batchSums);
                }
            }
        }
        return totals;
    }

    /** The output layer's activations, one row per example of {@code data}. */
    float[][] predict(Dataset data) {
        float[][] predictions = new float[data.size()][];
        int row = 0;
        for (Batch batch : data.batches(Defaults.BATCH_SIZE, false, 0, 0)) {
            try (TFloat32 x = session.features(batch)) {
                row = predictInto(x, predictions, row);
            }
        }
        return predictions;
    }

    /**
     * The output layer's activations for {@code count} examples of {@code exampleShape} laid out
     * one after the other in {@code features}, in batches of the default size.
     */
    float[][] predict(float[] features, long[] exampleShape, int count) {
        float[][] predictions = new float[count][];
        int exampleSize = features.length / Math.max(count, 1);
        FloatDataBuffer all = DataBuffers.of(features, true, false);
        for (int from = 0; from < count; from += Defaults.BATCH_SIZE) {
            int size = Math.min(Defaults.BATCH_SIZE, count - from);
            long[] shape = new long[exampleShape.length + 1];
            shape[0] = size;
            System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
            try (TFloat32 x = TFloat32.tensorOf(Shape.of(shape),
                    all.slice((long) from * exampleSize, (long) size * exampleSize))) {
                predictInto(x, predictions, from);
            }
        }
        return predictions;
    }

    /** Runs the inference pass on the batch {@code x}, storing its rows from {@code row} on; returns the next row. */
    private int predictInto(TFloat32 x, float[][] predictions, int row) {
        try (Result result = session.runner().feed(session.ops().input(), x)
                .fetch(session.ops().inference().probabilities()).run()) {
            for (float[] values : StdArrays.array2dCopyOf((TFloat32) result.get(0))) {
                predictions[row++] = values;
            }
        }
        return row;
    }
}
