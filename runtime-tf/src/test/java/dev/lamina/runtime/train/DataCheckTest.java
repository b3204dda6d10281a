package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Loss;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Targets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data is checked at the model's boundary: before the first step, and for evaluate and predict. */
class DataCheckTest {

    /** {@code data} with example {@code example}'s label replaced ({@code mapLabels} visits examples in order). */
    private static Dataset withLabel(Dataset data, int example, int label) {
        int[] next = {0};
        return data.mapLabels(l -> next[0]++ == example ? label : l);
    }

    @Test
    void aLabelPastTheLastClassStopsFitBeforeTheFirstStep() {
        try (var model = TinyClassifierModel.create()) {
            Dataset bad = withLabel(Blobs.of(30, 1), 5, 3);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.fit(bad, Fit.epochs(1).verbose(false)));
            assertEquals("TinyClassifier: received a label value of 3 which is outside the valid range of [0, 3), at"
                    + " example 5 of the training data. The output layer has 3 units, one per class: map the labels to"
                    + " 0..2, or give the output layer one unit per class.", e.getMessage());
            assertEquals(0, model.iterations(), "no step ran");
            assertThrows(IllegalArgumentException.class, () -> model.evaluate(bad));
            IllegalArgumentException valid = assertThrows(IllegalArgumentException.class,
                    () -> model.fit(Blobs.of(30, 2), Fit.epochs(1).verbose(false).validation(bad)));
            assertTrue(valid.getMessage().contains("at example 5 of the validation data"), valid.getMessage());
        }
    }

    @Test
    void aNonIntegralClassIndexIsRefused() {
        try (var model = TinyRegressionModel.create(Loss.BINARY_CROSSENTROPY, 1, Activation.SIGMOID)) {
            Dataset real = Dataset.fromRows(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {0, 0.5});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.fit(real, Fit.epochs(1).verbose(false)));
            assertTrue(e.getMessage().startsWith("TinyRegression: received a label value of 0.5 at example 1 of the"
                    + " training data. BINARY_CROSSENTROPY expects labels 0 or 1."), e.getMessage());
        }
    }

    @Test
    void binaryCrossEntropyRefusesALabelOtherThanZeroOrOne() {
        try (var model = TinyRegressionModel.create(Loss.BINARY_CROSSENTROPY, 1, Activation.SIGMOID)) {
            Dataset threeClasses = Dataset.fromRows(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, new int[] {0, 1, 2});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.fit(threeClasses, Fit.epochs(1).verbose(false)));
            assertEquals("TinyRegression: received a label value of 2.0 at example 2 of the training data."
                    + " BINARY_CROSSENTROPY expects labels 0 or 1. For more than two classes use"
                    + " SPARSE_CATEGORICAL_CROSSENTROPY with one SOFTMAX unit per class.", e.getMessage());
            assertEquals(0, model.iterations());
        }
    }

    @Test
    void oneNanPixelStopsTrainingBeforeItReachesTheWeights() {
        Dataset blobs = Blobs.of(30, 1);
        float[] features = new float[30 * 4];
        int[] labels = new int[30];
        for (int i = 0; i < 30; i++) {
            blobs.copyExample(i, features, i * 4);
            labels[i] = blobs.label(i);
        }
        features[7 * 4 + 2] = Float.NaN;
        Dataset bad = Dataset.of(features, new long[] {2, 2}, labels);
        try (var model = TinyClassifierModel.create()) {
            WeightSnapshot before = model.weights();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.fit(bad, Fit.epochs(1).verbose(false)));
            assertEquals("TinyClassifier: NaN in feature 2 of example 7 of the training data. One non-finite value"
                    + " would make the loss and every weight NaN. Remove the example or replace the value (e.g. a"
                    + " missing value by its column's mean) before training.", e.getMessage());
            assertEquals(before.get("hidden/kernel")[0], model.weights().get("hidden/kernel")[0]);
            IllegalArgumentException predict = assertThrows(IllegalArgumentException.class, () -> model.predict(bad));
            assertTrue(predict.getMessage().contains("of example 7 of the prediction data"), predict.getMessage());
        }
    }

    @Test
    void anInfiniteTargetIsNamed() {
        try (var model = TinyRegressionModel.create(Loss.MEAN_SQUARED_ERROR, 1)) {
            Dataset bad = Dataset.fromRows(new double[][] {{1, 2, 3}, {4, 5, 6}},
                    new double[] {1, Double.NEGATIVE_INFINITY});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.evaluate(bad));
            assertTrue(e.getMessage().startsWith("TinyRegression: -Infinity in target 0 of example 1 of the evaluation"
                    + " data."), e.getMessage());
            assertEquals(2, model.predict(bad).length, "predict reads no targets");
        }
    }

    @Test
    void theClassNamesTravelWithTheSave(@TempDir Path dir) {
        Dataset blobs = Blobs.of(30, 1);
        int[] labels = new int[30];
        float[] features = new float[30 * 4];
        for (int i = 0; i < 30; i++) {
            labels[i] = blobs.label(i);
            blobs.copyExample(i, features, i * 4);
        }
        Dataset named = Dataset.of(features, new long[] {2, 2},
                Targets.classes(labels, List.of("cat", "dog", "bird")));
        try (var model = TinyClassifierModel.create()) {
            model.fit(named, Fit.epochs(1).verbose(false));
            assertEquals(List.of("cat", "dog", "bird"), model.classNames());
            model.save(dir.resolve("save"));
        }
        try (var restored = TinyClassifierModel.create()) {
            assertEquals(List.of(), restored.classNames());
            restored.restore(dir.resolve("save"));
            assertEquals(List.of("cat", "dog", "bird"), restored.classNames());
        }
    }
}
