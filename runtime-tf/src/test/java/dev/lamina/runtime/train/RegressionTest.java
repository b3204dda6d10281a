package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Dataset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Regression as a task: real targets through the graph, its losses and metrics against their formulas. */
class RegressionTest {
    /** {@code y = 2a − b + c/2 + noise}: a linear target a small net learns in a few epochs. */
    static Dataset linear(int n, long seed, double scale) {
        Random random = new Random(seed);
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = scale * (2 * x[i][0] - x[i][1] + 0.5 * x[i][2] + 0.1 * random.nextGaussian());
        }
        return Dataset.fromRows(x, y);
    }

    @Test
    void eachLossAndMetricMatchesItsFormula() {
        Dataset data = linear(50, 1, 3); // errors above 1, so Huber's linear part counts
        for (Loss loss : List.of(Loss.MEAN_SQUARED_ERROR, Loss.MEAN_ABSOLUTE_ERROR, Loss.HUBER)) {
            try (var model = TinyRegressionModel.create(loss, 1, Metric.MAE, Metric.MSE, Metric.RMSE)) {
                float[][] predictions = model.predict(data);
                double abs = 0;
                double squared = 0;
                double huber = 0;
                for (int i = 0; i < data.size(); i++) {
                    double e = Math.abs(data.targets().value(i, 0) - predictions[i][0]);
                    abs += e;
                    squared += e * e;
                    huber += e <= 1 ? 0.5 * e * e : e - 0.5;
                }
                int n = data.size();
                Evaluation evaluation = model.evaluate(data, 16);
                double expectedLoss = switch (loss) {
                    case MEAN_ABSOLUTE_ERROR -> abs / n;
                    case HUBER -> huber / n;
                    default -> squared / n;
                };
                assertEquals(expectedLoss, evaluation.loss(), 1e-4 * expectedLoss, loss.toString());
                assertEquals(abs / n, evaluation.metric("mean_absolute_error"), 1e-4 * abs / n);
                assertEquals(squared / n, evaluation.metric("mean_squared_error"), 1e-4 * squared / n);
                assertEquals(Math.sqrt(squared / n), evaluation.metric("root_mean_squared_error"),
                        1e-4 * Math.sqrt(squared / n), "the root of the whole mean, not a mean of batch roots");
            }
        }
    }

    @Test
    void fitLearnsAndLogsKerasNamesWithAValidationSplit() {
        Dataset data = linear(200, 2, 1);
        try (var model = TinyRegressionModel.create(Loss.MEAN_SQUARED_ERROR, 1, Metric.RMSE, Metric.MAE)) {
            History history = model.fit(data, Fit.epochs(15).batchSize(16).verbose(false).validationSplit(0.2));

            assertEquals(List.of("loss", "root_mean_squared_error", "mean_absolute_error", "val_loss",
                    "val_root_mean_squared_error", "val_mean_absolute_error", "learning_rate"),
                    List.copyOf(history.names()));
            assertEquals(15 * 10, model.iterations(), "160 examples trained on: 10 steps of 16 per epoch");
            double first = history.get("val_root_mean_squared_error").get(0);
            double last = history.last("val_root_mean_squared_error");
            assertTrue(last < 0.5 * first, "validation RMSE fell from " + first + " to " + last);
            Evaluation held = model.evaluate(data.slice(160, 200));
            assertEquals(history.last("val_loss"), held.loss(), 1e-5, "the split holds out the last 20 %");
        }
    }

    @Test
    void vectorTargetsTrainAMultiOutputRegression() {
        Dataset one = linear(40, 3, 1);
        float[][] y = new float[40][];
        for (int i = 0; i < 40; i++) {
            y[i] = new float[] {one.targets().value(i, 0), -one.targets().value(i, 0)};
        }
        float[][] x = new float[40][3];
        for (int i = 0; i < 40; i++) {
            one.copyExample(i, x[i], 0);
        }
        try (var model = TinyRegressionModel.create(Loss.MEAN_ABSOLUTE_ERROR, 2, Metric.MAE)) {
            History history = model.fit(Dataset.fromRows(x, y), Fit.epochs(2).verbose(false));

            assertEquals(history.last("loss"), history.last("mean_absolute_error"), 1e-5,
                    "MAE as loss and as metric agree (no penalties)");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.fit(one,
                    Fit.epochs(1).verbose(false)));
            assertEquals("TinyRegression expects 2 target values per example (its output layer has 2 units, loss"
                    + " MEAN_ABSOLUTE_ERROR). Received: 1 per example in the training data. Give one target per output"
                    + " unit.", e.getMessage());
        }
    }

    @Test
    void accuracyOnARegressionSaysWhatToReadInstead() {
        try (var model = TinyRegressionModel.create(Loss.HUBER, 1, Metric.RMSE)) {
            Evaluation evaluation = model.evaluate(linear(10, 4, 1));

            IllegalStateException e = assertThrows(IllegalStateException.class, evaluation::accuracy);
            assertEquals("No accuracy was measured: this model reports [root_mean_squared_error] (a regression has no"
                    + " accuracy). Read one of them with metric(\"root_mean_squared_error\"), or loss().", e.getMessage());
        }
    }

    @Test
    void aRegressionMetricOnAClassifierIsRefused() {
        ModelConfig config = new ModelConfig("TinyClassifier", new long[] {2, 2}, Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                List.of(Metric.MAE), 42L);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TinyClassifierModel.create(config));
        assertTrue(e.getMessage().startsWith("TinyClassifier declares MAE (mean_absolute_error), a regression metric"),
                e.getMessage());
    }
}
