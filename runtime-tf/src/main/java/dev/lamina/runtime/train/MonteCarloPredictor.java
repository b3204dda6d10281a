package dev.lamina.runtime.train;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.infer.Uncertainty;
import org.tensorflow.Result;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/** Runs the graph's Monte Carlo ops over a data set, one run per batch for all samples. */
final class MonteCarloPredictor {
    private MonteCarloPredictor() {}

    static Uncertainty predict(ModelSession model, Dataset data, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("predictMonteCarlo: expected at least 1 sample. Received: " + samples);
        }
        TrainingGraph ops = model.ops();
        TrainingGraph.MonteCarlo monteCarlo = ops.monteCarlo();
        int n = data.size();
        float[][] mean = new float[n][];
        float[][] std = new float[n][];
        float[] entropy = new float[n];
        int[] predicted = new int[n];
        int row = 0;
        long batchIndex = 0;
        for (Batch batch : data.batches(Defaults.BATCH_SIZE, false, 0, 0)) {
            // Each batch draws from its own (seed, batch) stream.
            try (TFloat32 x = model.features(batch);
                    TInt32 count = TInt32.scalarOf(samples);
                    TInt64 seeds = TInt64.vectorOf(seed, batchIndex++);
                    Result result = model.runner()
                            .feed(ops.input(), x).feed(monteCarlo.samples(), count).feed(ops.samplingSeed(), seeds)
                            .fetch(monteCarlo.mean()).fetch(monteCarlo.std()).fetch(monteCarlo.entropy())
                            .run()) {
                float[][] batchMean = StdArrays.array2dCopyOf((TFloat32) result.get(0));
                float[][] batchStd = StdArrays.array2dCopyOf((TFloat32) result.get(1));
                float[] batchEntropy = StdArrays.array1dCopyOf((TFloat32) result.get(2));
                for (int i = 0; i < batch.size(); i++, row++) {
                    mean[row] = batchMean[i];
                    std[row] = batchStd[i];
                    entropy[row] = batchEntropy[i];
                    predicted[row] = argMax(batchMean[i]);
                }
            }
        }
        return new Uncertainty(mean, std, entropy, predicted, samples);
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            best = values[k] > values[best] ? k : best;
        }
        return best;
    }
}
