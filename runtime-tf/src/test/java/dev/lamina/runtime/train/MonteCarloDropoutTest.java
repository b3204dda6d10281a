package dev.lamina.runtime.train;

import static dev.lamina.runtime.train.SequentialModelTest.blobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.infer.Uncertainty;
import dev.lamina.runtime.layer.BatchNorm;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Dropout;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.optim.Adam;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Monte Carlo Dropout on a model with Batch Normalization and Dropout. */
class MonteCarloDropoutTest {
    private final Dataset data = blobs(200, 51);

    private static StackModel model(double rate) {
        return StackModel.create(TinyClassifierModel.CONFIG, () -> new Adam(0.01, 0.9, 0.999, 1e-7, false),
                new Flatten("flatten", 4),
                new BatchNorm("bn", 4, 0.99, 1e-3, true, true),
                new Dense("hidden", 4, 32, Activation.ELU, Init.HE_NORMAL, true),
                new Dropout("dropout", rate),
                new Dense("output", 32, 3, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true));
    }

    /**
     * With rate 0 every pass is deterministic: the mean equals predict and the spread is 0. Since
     * predict normalizes with the moving statistics, this also fails if sampling used the batch's
     * statistics (after 2 epochs with momentum 0.99 they are far from the batch's); and sampling
     * must not touch the moving statistics.
     */
    @Test
    void rateZeroGivesThePredictionAndKeepsBatchNormInInferenceMode() {
        try (var model = model(0)) {
            model.fit(data, Fit.epochs(2).verbose(false));
            WeightSnapshot before = model.weights();
            float[][] predictions = model.predict(data);
            Uncertainty u = model.predictMonteCarlo(data, 20);
            for (int i = 0; i < data.size(); i++) {
                assertArrayEquals(predictions[i], u.mean()[i], 1e-6f, "mean of example " + i);
                assertArrayEquals(new float[3], u.std()[i], 1e-6f, "std of example " + i);
            }
            assertArrayEquals(before.get("bn/moving_mean"), model.weights().get("bn/moving_mean"));
            assertArrayEquals(before.get("bn/moving_variance"), model.weights().get("bn/moving_variance"));
        }
    }

    @Test
    void aModelWithoutDropoutOrZeroSamplesIsAnError() {
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalStateException.class, () -> model.predictMonteCarlo(data, 10));
            assertTrue(error.getMessage().startsWith("TinyClassifier has no @Dropout or @AlphaDropout layer"),
                    error.getMessage());
        }
        try (var model = model(0.5)) {
            assertThrows(IllegalArgumentException.class, () -> model.predictMonteCarlo(data, 0));
        }
    }

    /** The entropy is that of the mean distribution: −Σ p̄ ln p̄. */
    @Test
    void entropyOfTheMeanAndPredictedClass() {
        try (var model = model(0.3)) {
            Uncertainty u = model.predictMonteCarlo(data, 30);
            for (int i = 0; i < data.size(); i++) {
                double entropy = 0;
                int argMax = 0;
                for (int k = 0; k < 3; k++) {
                    entropy -= u.mean()[i][k] * Math.log(u.mean()[i][k]);
                    argMax = u.mean()[i][k] > u.mean()[i][argMax] ? k : argMax;
                }
                assertEquals(entropy, u.entropy()[i], 1e-5, "entropy of example " + i);
                assertEquals(argMax, u.predictedClass()[i]);
            }
        }
    }

    @Test
    void dropoutSpreadsThePredictionsReproducibly() {
        try (var model = model(0.5)) {
            model.fit(data, Fit.epochs(2).verbose(false));
            Uncertainty a = model.predictMonteCarlo(data, 50);
            Uncertainty b = model.predictMonteCarlo(data, 50);
            Uncertainty other = model.predictMonteCarlo(data, 50, 12345);
            int spread = 0;
            for (float std : a.predictedClassStd()) {
                spread += std > 1e-3 ? 1 : 0;
            }
            assertTrue(spread > data.size() / 2, spread + " examples with a spread");
            for (int i = 0; i < data.size(); i++) {
                assertArrayEquals(a.mean()[i], b.mean()[i], "same seed, example " + i);
            }
            assertFalse(Arrays.equals(a.mean()[0], other.mean()[0]));
            // Each row of the mean is still a distribution.
            assertEquals(1.0, a.mean()[7][0] + a.mean()[7][1] + a.mean()[7][2], 1e-5);
        }
    }
}
