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
import org.tensorflow.ndarray.StdArrays;
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
            try (TFloat32 x = session.features(batch);
                    Result result = session.runner().feed(session.ops().input(), x)
                            .fetch(session.ops().inference().probabilities()).run()) {
                for (float[] values : StdArrays.array2dCopyOf((TFloat32) result.get(0))) {
                    predictions[row++] = values;
                }
            }
        }
        return predictions;
    }
}
