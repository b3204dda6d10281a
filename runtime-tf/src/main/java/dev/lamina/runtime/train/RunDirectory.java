package dev.lamina.runtime.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.plot.LearningCurves;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folder of one training run: {@code history.csv} (rewritten after every epoch) and
 * {@code metrics.json} (the run's final figures). Every file is written to a temporary file in
 * the same folder and then moved into place atomically, so a crash or a full disk never leaves
 * a half-written file where a complete one was.
 */
public final class RunDirectory {
    public static final String HISTORY_FILE = "history.csv";
    public static final String METRICS_FILE = "metrics.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    private RunDirectory(Path directory) {
        this.directory = directory;
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

    /** Writes the history so far to {@code history.csv} and plots it ({@code learning_curves.png}, {@code learning_rate.png}). */
    public void writeHistory(History history) {
        writeAtomically(HISTORY_FILE, history.toCsv());
        LearningCurves.write(history, directory);
    }

    /** Writes {@code metrics.json}: the given names and values, in the map's order. */
    public void writeMetrics(Map<String, ?> metrics) {
        try {
            writeAtomically(METRICS_FILE, JSON.writeValueAsString(metrics) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize metrics " + metrics.keySet(), e);
        }
    }

    private void writeAtomically(String fileName, String content) {
        AtomicFiles.write(directory.resolve(fileName), out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
