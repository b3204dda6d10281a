package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Dataset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequentialModelTest {

    /** See {@link Blobs#of}. */
    static Dataset blobs(int n, long seed) {
        return Blobs.of(n, seed);
    }

    @Test
    void fitLearnsSeparableClasses() {
        Dataset train = blobs(600, 1);
        Dataset valid = blobs(300, 2);
        try (var model = TinyClassifierModel.create()) {
            double before = model.evaluate(valid).loss();
            History history = model.fit(train, Fit.epochs(5).validation(valid).verbose(false));
            assertEquals(5, history.epochs());
            assertEquals(List.of("loss", "accuracy", "val_loss", "val_accuracy", "learning_rate"), List.copyOf(history.names()));
            assertEquals(0.01, history.last("learning_rate"), 1e-12);
            assertTrue(history.last("loss") < history.get("loss").get(0), "training loss fell: " + history.get("loss"));
            Evaluation after = model.evaluate(valid);
            assertTrue(after.loss() < before / 3, "validation loss " + before + " -> " + after.loss());
            assertTrue(after.accuracy() > 0.95, "accuracy " + after.accuracy());
            // fit's last validation figures are evaluate's figures on the same data.
            assertEquals(after.loss(), history.last("val_loss"), 1e-6);
            // One step per batch: ceil(600 / 32) = 19 per epoch.
            assertEquals(5 * 19, model.iterations());
        }
    }

    /**
     * The epoch's loss and accuracy are summed in the graph and fetched once per epoch. At a rate
     * too small to move a weight, training-mode figures equal evaluate's (a model with neither
     * dropout nor Batch Normalization), which counts the same data through another path; the
     * logged loss is also the batch-size-weighted mean of the losses a batch callback saw (a last
     * batch of 5 of 103 examples in batches of 7), and the last running loss equals it.
     */
    @Test
    void epochMetricsSummedInTheGraphMatchEvaluationAndTheBatchLosses() {
        Dataset data = blobs(103, 5);
        double[] weightedSum = {0};
        double[] lastRunning = {Double.NaN};
        int[] batches = {0};
        Callback recorder = new Callback() {
            @Override
            public void onBatchEnd(SequentialModel model, int epoch, int batch, double batchLoss, double runningLoss) {
                weightedSum[0] += batchLoss * (batch < 15 ? 7 : 5);
                lastRunning[0] = runningLoss;
                batches[0] = batch;
            }
        };
        try (var model = TinyClassifierModel.create()) {
            assertEquals(0.0, model.epochSums()[0], "the sums start at 0, before any fit");
            Evaluation expected = model.evaluate(data);
            History plain = model.fit(data, Fit.epochs(1).batchSize(7).learningRate(1e-30).verbose(false));
            History recorded = model.fit(data, Fit.epochs(1).batchSize(7).learningRate(1e-30).verbose(false).callbacks(recorder));

            assertEquals(expected.loss(), plain.last("loss"), 1e-5);
            assertEquals(expected.accuracy(), plain.last("accuracy"), 1e-12);
            assertTrue(expected.accuracy() > 0 && expected.accuracy() < 1, "accuracy " + expected.accuracy());
            assertEquals(15, batches[0]);
            assertEquals(weightedSum[0] / 103, recorded.last("loss"), 1e-6);
            assertEquals(recorded.last("loss"), lastRunning[0], 1e-12);
            assertEquals(plain.last("loss"), recorded.last("loss"), 1e-6);
        }
    }

    /** A batch size beyond the data set's size is one batch of the whole set, host-fed or held in the graph. */
    @Test
    void aBatchLargerThanTheDataIsTheWholeDataSet() {
        Dataset data = blobs(20, 9);
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(2).batchSize(1_000).verbose(false));
            model.fit(data, Fit.epochs(1).batchSize(1_000).verbose(false).dataInGraph(true));
            assertEquals(3, model.iterations());
            assertEquals(model.evaluate(data).loss(), model.evaluate(data, 1_000_000).loss(), 1e-6);
        }
    }

    /** The loss of an untrained 3-class softmax is near −log(1/3): the loss is the cross-entropy, averaged. */
    @Test
    void untrainedLossIsNearUniformCrossEntropy() {
        try (var model = TinyClassifierModel.create()) {
            assertEquals(Math.log(3), model.evaluate(blobs(300, 3)).loss(), 0.6);
        }
    }

    @Test
    void evaluateIsIndependentOfBatchSize() {
        Dataset data = blobs(100, 4);
        try (var model = TinyClassifierModel.create()) {
            Evaluation a = model.evaluate(data, 7);
            Evaluation b = model.evaluate(data, 100);
            assertEquals(a.loss(), b.loss(), 1e-6);
            assertEquals(a.accuracy(), b.accuracy(), 1e-12);
        }
    }

    @Test
    void predictionsAreProbabilitiesConsistentWithAccuracy() {
        Dataset data = blobs(90, 5);
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(3).verbose(false));
            float[][] p = model.predict(data);
            assertEquals(90, p.length);
            int correct = 0;
            for (int i = 0; i < p.length; i++) {
                double sum = 0;
                int argMax = 0;
                for (int k = 0; k < 3; k++) {
                    sum += p[i][k];
                    argMax = p[i][k] > p[i][argMax] ? k : argMax;
                }
                assertEquals(1.0, sum, 1e-5);
                correct += argMax == data.label(i) ? 1 : 0;
            }
            assertEquals(model.evaluate(data).accuracy(), correct / 90.0, 1e-12);
        }
    }

    @Test
    void sameSeedSameRunOtherSeedOtherWeights() {
        Dataset data = blobs(120, 6);
        float[] first;
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(2).verbose(false));
            first = model.read(model.hidden().kernel());
        }
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(2).verbose(false));
            assertArrayEquals(first, model.read(model.hidden().kernel()));
        }
        var otherSeed = new ModelConfig("TinyClassifier", new long[] {2, 2}, Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                List.of(Metric.ACCURACY), 7L);
        try (var model = TinyClassifierModel.create(otherSeed)) {
            model.fit(data, Fit.epochs(2).verbose(false));
            assertFalse(Arrays.equals(first, model.read(model.hidden().kernel())));
        }
    }

    @Test
    void rejectsDataOfTheWrongShape() {
        Dataset wrong = Dataset.of(new float[8], new long[] {4}, new int[] {0, 1});
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalArgumentException.class, () -> model.fit(wrong, Fit.epochs(1)));
            assertEquals("TinyClassifier expects training examples of shape [2, 2]. Received: [4]", error.getMessage());
        }
    }

    @Test
    void closedModelSaysSo() {
        var model = TinyClassifierModel.create();
        model.close();
        var error = assertThrows(IllegalStateException.class, () -> model.evaluate(blobs(3, 8)));
        assertTrue(error.getMessage().startsWith("TinyClassifier is closed"), error.getMessage());
    }

    /**
     * Fit.learningRate assigns the model's rate, as assigning a Keras optimizer's learning_rate
     * does: the next plain fit keeps it; setLearningRate outside a fit changes it too, and a rate
     * that is not positive and finite is refused, naming the model.
     */
    @Test
    void theModelKeepsTheRateItWasLastGiven() {
        try (var model = TinyClassifierModel.create()) {
            assertEquals(0.01, model.learningRate(), "the declared rate");
            model.fit(blobs(30, 9), Fit.epochs(1).verbose(false).learningRate(1e-3));
            assertEquals(1e-3, model.learningRate());
            assertEquals(1e-3, model.fit(blobs(30, 9), Fit.epochs(1).verbose(false)).last("learning_rate"), 1e-12);
            model.setLearningRate(2e-3);
            assertEquals(2e-3, model.fit(blobs(30, 9), Fit.epochs(1).verbose(false)).last("learning_rate"), 1e-12);
            var error = assertThrows(IllegalArgumentException.class, () -> model.setLearningRate(Double.NaN));
            assertEquals("TinyClassifier: expected a positive learning rate. Received: NaN", error.getMessage());
        }
    }
}
