package dev.lamina.runtime.train;

import static dev.lamina.runtime.train.SequentialModelTest.blobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.infer.Uncertainty;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo prediction's plumbing on a model without dropout: every pass is the inference pass,
 * so the mean must equal predict, the std must be 0, and the entropy must be the entropy of the
 * predicted distribution. (Dropout's own randomness is tested with the Dropout layer.)
 */
class MonteCarloTest {
    private final Dataset data = blobs(70, 31);

    @Test
    void deterministicPassesGiveThePredictionWithZeroSpread() {
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(1).verbose(false));
            float[][] predictions = model.predict(data);
            Uncertainty u = model.predictMonteCarlo(data, 10);
            assertEquals(10, u.samples());
            for (int i = 0; i < data.size(); i++) {
                assertArrayEquals(predictions[i], u.mean()[i], 1e-6f, "mean of example " + i);
                assertArrayEquals(new float[3], u.std()[i], 1e-6f, "std of example " + i);
                double entropy = 0;
                int argMax = 0;
                for (int k = 0; k < 3; k++) {
                    entropy -= predictions[i][k] * Math.log(predictions[i][k]);
                    argMax = predictions[i][k] > predictions[i][argMax] ? k : argMax;
                }
                assertEquals(entropy, u.entropy()[i], 1e-5, "entropy of example " + i);
                assertEquals(argMax, u.predictedClass()[i]);
            }
        }
    }

    @Test
    void rejectsZeroSamples() {
        try (var model = TinyClassifierModel.create()) {
            assertThrows(IllegalArgumentException.class, () -> model.predictMonteCarlo(data, 0));
        }
    }
}
