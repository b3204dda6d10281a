package dev.lamina.samples;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.FashionMnist;
import dev.lamina.runtime.data.Splits;
import dev.lamina.runtime.plot.ComparisonChart;
import dev.lamina.runtime.run.RunDirectory;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.SequentialModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What every Fashion-MNIST sample does around its own experiment: load the data (the chapter's
 * split, optionally only the first N training images), build the fit options from the launcher's,
 * time training, evaluate on the test set, and write {@code metrics.json}.
 */
final class SampleRun {
    final SampleOptions options;
    final Splits data;
    final Dataset train;
    private final int defaultEpochs;

    SampleRun(SampleOptions options, int defaultEpochs) {
        this.options = options;
        this.defaultEpochs = defaultEpochs;
        this.data = FashionMnist.load(options.data().orElse(null));
        this.train = options.trainSize().isPresent() ? data.train().take(options.trainSize().getAsInt()) : data.train();
    }

    /** The seed to build models with: the launcher's, or the default every sample model declares. */
    long seed() {
        return options.seed().orElse(Defaults.SEED);
    }

    int epochs() {
        return options.epochs().orElse(defaultEpochs);
    }

    /** Fit options: the epochs and batch size asked for, validation data, progress, and the run directory. */
    Fit fit() {
        return fitInto(options.out());
    }

    /** {@link #fit()} keeping its history and learning curves in {@code runDirectory}. */
    Fit fitInto(Path runDirectory) {
        Fit fit = Fit.epochs(epochs()).validation(data.valid()).verbose(options.verbose())
                .callbacks(RunDirectory.at(runDirectory));
        return options.batchSize().isPresent() ? fit.batchSize(options.batchSize().getAsInt()) : fit;
    }

    /** Trains {@code model} with {@code fit}, returning the history and the training time. */
    Trained train(SequentialModel model, Fit fit) {
        long start = System.nanoTime();
        History history = model.fit(train, fit);
        return new Trained(history, (System.nanoTime() - start) / 1e9);
    }

    record Trained(History history, double seconds) {}

    /**
     * Evaluates {@code model} on the test set and returns the figures every sample reports:
     * test accuracy and loss, the last validation accuracy, epochs, training time.
     */
    Map<String, Object> standardMetrics(SequentialModel model, Trained trained) {
        Evaluation test = model.evaluate(data.test());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("test_accuracy", test.accuracy());
        metrics.put("test_loss", test.loss());
        metrics.put("val_accuracy", trained.history().last("val_accuracy"));
        metrics.put("epochs", trained.history().epochs());
        metrics.put("train_examples", train.size());
        metrics.put("seed", model.seed());
        metrics.put("train_seconds", trained.seconds());
        return metrics;
    }

    /**
     * Trains each model with the same options (each in its own subdirectory of the run directory)
     * and returns one row per model: name, final validation accuracy and loss, test accuracy,
     * seconds; {@code <chart>} gets their validation-accuracy curves.
     */
    List<Map<String, Object>> compare(Map<String, LongFunction<SequentialModel>> models, String chart) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<Double>> curves = new LinkedHashMap<>();
        for (var entry : models.entrySet()) {
            String directory = entry.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            try (SequentialModel model = entry.getValue().apply(seed())) {
                Trained trained = train(model, fitInto(options.out().resolve(directory)));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", entry.getKey());
                row.put("val_accuracy", trained.history().last("val_accuracy"));
                row.put("val_loss", trained.history().last("val_loss"));
                row.put("test_accuracy", model.evaluate(data.test()).accuracy());
                row.put("seconds", trained.seconds());
                rows.add(row);
                curves.put(entry.getKey(), trained.history().get("val_accuracy"));
            }
        }
        ComparisonChart.write("Validation accuracy", "val_accuracy", curves, options.out().resolve(chart));
        return rows;
    }

    /** Writes {@code metrics.json} into the run directory and returns what it wrote. */
    Map<String, Object> write(Map<String, Object> metrics) {
        RunDirectory.at(options.out()).writeMetrics(metrics);
        return metrics;
    }
}
