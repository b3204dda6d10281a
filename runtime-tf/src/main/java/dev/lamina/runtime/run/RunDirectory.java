package dev.lamina.runtime.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.runtime.callback.CsvLogger;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.plot.LearningCurves;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.SequentialModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folder of one training run. As a callback of {@code fit} it keeps {@value #HISTORY_FILE}
 * (Keras's {@code CSVLogger} layout) and the learning curves ({@code learning_curves.png},
 * {@code learning_rate.png}) current after every epoch; {@link #writeMetrics} adds
 * {@value #METRICS_FILE}, the run's final figures. Every file is written to a temporary file in
 * the same folder and then moved into place atomically, so a crash or a full disk never leaves a
 * half-written file where a complete one was.
 *
 * <pre>{@code model.fit(train, Fit.epochs(10).callbacks(RunDirectory.at(Path.of("runs/fashion"))));}</pre>
 */
public final class RunDirectory implements Callback {
    public static final String HISTORY_FILE = "history.csv";
    public static final String METRICS_FILE = "metrics.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;
    private final CsvLogger history;

    private RunDirectory(Path directory) {
        this.directory = directory;
        this.history = new CsvLogger(directory.resolve(HISTORY_FILE));
    }

    /** Opens {@code directory}, creating it and its parents if needed. */
    public static RunDirectory at(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the run directory " + directory.toAbsolutePath(), e);
        }
        return new RunDirectory(directory);
    }

    public Path path() {
        return directory;
    }

    @Override
    public void onTrainBegin(SequentialModel model) {
        history.onTrainBegin(model);
    }

    /** Writes the history so far to {@value #HISTORY_FILE} and plots it. */
    @Override
    public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
        history.onEpochEnd(model, epoch, logs);
        LearningCurves.write(history.history(), directory);
    }

    /** Writes {@value #METRICS_FILE}: the given names and values, in the map's order. */
    public void writeMetrics(Map<String, ?> metrics) {
        String json;
        try {
            json = JSON.writeValueAsString(metrics) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize metrics " + metrics.keySet(), e);
        }
        AtomicFiles.write(directory.resolve(METRICS_FILE), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }
}
