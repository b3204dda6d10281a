package dev.lamina.runtime.train;

import static dev.lamina.runtime.train.SequentialModelTest.blobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.infer.Classes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Predictions from plain arrays, as application code holds its examples. */
class PredictRowsTest {

    /** The rows of a Dataset, as arrays. */
    private static float[][] rows(Dataset data) {
        float[][] rows = new float[data.size()][data.exampleSize()];
        for (int i = 0; i < rows.length; i++) {
            data.copyExample(i, rows[i], 0);
        }
        return rows;
    }

    /** 70 examples: two full batches of 32 and a last one of 6, so the batching is crossed. */
    @Test
    void rowsPredictAsTheBatchedPrediction() {
        Dataset data = blobs(70, 3);
        try (var model = TinyClassifierModel.create()) {
            model.fit(blobs(300, 4), Fit.epochs(2).verbose(false));
            float[][] batched = model.predict(data);
            float[][] fromRows = model.predict(rows(data));
            assertEquals(70, fromRows.length);
            for (int i = 0; i < batched.length; i++) {
                assertArrayEquals(batched[i], fromRows[i], "example " + i);
            }
            for (int i : new int[] {0, 33, 69}) {
                assertArrayEquals(batched[i], model.predict(rows(data)[i]), "one example, " + i);
            }
            assertEquals(Classes.argmax(batched[5]), Classes.argmax(model.predict(rows(data)[5])));
        }
    }

    @Test
    void aRowOfTheWrongLengthIsRejectedNamingItsIndex() {
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalArgumentException.class,
                    () -> model.predict(new float[][] {new float[4], new float[3]}));
            assertTrue(error.getMessage().contains("TinyClassifier expects examples of 4 values (input shape [2, 2],"
                    + " flattened). Received at index 1: 3 values"), error.getMessage());
            assertEquals(0, model.predict(new float[0][]).length);
        }
    }

    @Test
    void aNonFiniteValueInARowIsRejectedNamingTheExampleAndFeature() {
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalArgumentException.class,
                    () -> model.predict(new float[][] {new float[4], {0, 0, Float.NaN, 0}}));
            assertTrue(error.getMessage().startsWith("TinyClassifier: NaN in feature 2 of example 1 of the prediction"
                    + " data."), error.getMessage());
        }
    }

    /** The one-row path keeps its input tensor and runner: a later call sees weights trained since. */
    @Test
    void oneRowFollowsTheWeightsAfterTraining() {
        Dataset data = blobs(10, 3);
        float[][] rows = rows(data);
        try (var model = TinyClassifierModel.create()) {
            float[] before = model.predict(rows[2]);
            assertArrayEquals(model.predict(data)[2], before);
            model.fit(blobs(300, 4), Fit.epochs(2).verbose(false));
            float[][] batched = model.predict(data);
            for (int i = 0; i < rows.length; i++) {
                assertArrayEquals(batched[i], model.predict(rows[i]), "example " + i);
            }
            assertTrue(!java.util.Arrays.equals(before, batched[2]), "training changed the prediction");
        }
    }

    /** Reading operations take turns on the model, so threads sharing the prepared input tensor never mix rows. */
    @Test
    void oneRowFromSeveralThreadsGivesEachItsOwnRow() throws Exception {
        Dataset data = blobs(40, 3);
        float[][] rows = rows(data);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (var model = TinyClassifierModel.create()) {
            model.fit(blobs(300, 4), Fit.epochs(1).verbose(false));
            float[][] batched = model.predict(data);
            List<Future<?>> calls = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                calls.add(threads.submit(() -> {
                    for (int k = 0; k < 200; k++) {
                        int i = (offset * 7 + k) % rows.length;
                        assertArrayEquals(batched[i], model.predict(rows[i]), "example " + i);
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void oneRowWithANonFiniteValueOrTheWrongLengthIsRejected() {
        try (var model = TinyClassifierModel.create()) {
            var nan = assertThrows(IllegalArgumentException.class, () -> model.predict(new float[] {0, Float.NaN, 0, 0}));
            assertTrue(nan.getMessage().startsWith("TinyClassifier: NaN in feature 1 of example 0 of the prediction"
                    + " data."), nan.getMessage());
            var infinite = assertThrows(IllegalArgumentException.class,
                    () -> model.predict(new float[] {0, 0, 0, Float.NEGATIVE_INFINITY}));
            assertTrue(infinite.getMessage().contains("feature 3 of example 0"), infinite.getMessage());
            var length = assertThrows(IllegalArgumentException.class, () -> model.predict(new float[5]));
            assertTrue(length.getMessage().contains("expects examples of 4 values (input shape [2, 2], flattened)."
                    + " Received at index 0: 5 values"), length.getMessage());
            assertEquals(3, model.predict(new float[4]).length, "one probability per class");
        }
    }
}
