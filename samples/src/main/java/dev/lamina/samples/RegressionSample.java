package dev.lamina.samples;

import dev.lamina.runtime.data.Csv;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.TrainTest;
import dev.lamina.runtime.run.RunDirectory;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code regression} sample: {@link DiabetesRegressor} on the diabetes data read from CSV,
 * split 80/20 with a fixed seed, 20 % of the training part held out for validation, and compared
 * on the test part with two baselines computed in plain Java: ordinary least squares and
 * predicting the training mean.
 */
public final class RegressionSample implements Sample {
    /** The split every run uses, so that the baselines and the network see the same test examples. */
    static final long SPLIT_SEED = 3;
    static final double TEST_FRACTION = 0.2;
    /** The last fifth of the training part, held out to watch val_root_mean_squared_error; the baselines fit on all of it. */
    static final double VALIDATION_SPLIT = 0.2;
    static final String FILE = "diabetes.csv";

    @Override
    public String name() {
        return "regression";
    }

    @Override
    public String description() {
        return "Tabular regression on the diabetes data (CSV), against least-squares and mean baselines";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        Dataset all = Csv.read(locate(options)).target("progression").load();
        TrainTest split = all.split(TEST_FRACTION, SPLIT_SEED);
        Dataset train = options.trainSize().isPresent()
                ? split.train().take(Math.min(options.trainSize().getAsInt(), split.train().size())) : split.train();
        Fit fit = Fit.epochs(options.epochs().orElse(200)).validationSplit(VALIDATION_SPLIT).verbose(options.verbose())
                .callbacks(RunDirectory.at(options.out()));
        if (options.batchSize().isPresent()) {
            fit = fit.batchSize(options.batchSize().getAsInt());
        }
        try (var model = options.seed().isPresent() ? DiabetesRegressorModel.create(options.seed().getAsLong())
                : DiabetesRegressorModel.create()) {
            long start = System.nanoTime();
            History history = model.fit(train, fit);
            double seconds = (System.nanoTime() - start) / 1e9;
            Evaluation test = model.evaluate(split.test());
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("test_rmse", test.metric("root_mean_squared_error"));
            metrics.put("test_mae", test.metric("mean_absolute_error"));
            metrics.put("test_loss", test.loss());
            metrics.put("baseline_ols_rmse", LinearBaseline.fit(train).rmse(split.test()));
            metrics.put("baseline_mean_rmse", LinearBaseline.meanRmse(train, split.test()));
            metrics.put("val_rmse", history.last("val_root_mean_squared_error"));
            metrics.put("epochs", history.epochs());
            metrics.put("train_examples", train.size());
            metrics.put("validation_split", VALIDATION_SPLIT);
            metrics.put("test_examples", split.test().size());
            metrics.put("seed", model.seed());
            metrics.put("train_seconds", seconds);
            RunDirectory.at(options.out()).writeMetrics(metrics);
            return metrics;
        }
    }

    /**
     * {@value #FILE}: in the {@code --data} directory if given, else the repository's vendored copy
     * ({@code samples/data/diabetes}, from the working directory or beside the samples jar).
     */
    static Path locate(SampleOptions options) {
        List<Path> candidates = new ArrayList<>();
        options.data().ifPresent(dir -> candidates.add(dir.resolve(FILE)));
        candidates.add(Path.of("samples", "data", "diabetes", FILE));
        candidates.add(Path.of("data", "diabetes", FILE));
        try {
            Path jar = Path.of(RegressionSample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            candidates.add(jar.getParent().getParent().resolve(Path.of("data", "diabetes", FILE)));
        } catch (Exception e) {
            // No code source (an unusual class loader): the other places remain.
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new IllegalStateException("The diabetes data (" + FILE + ") was not found. Looked in: " + candidates
                        + ". Pass --data DIR with the directory that holds it."));
    }
}
