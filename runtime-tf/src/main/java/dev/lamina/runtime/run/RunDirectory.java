package dev.lamina.runtime.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.runtime.fs.OsReason;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.plot.LearningCurves;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.SequentialModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of one training run. As a callback of {@code fit} it keeps {@value #HISTORY_FILE}
 * (Keras's {@code CSVLogger} layout) and the learning curves ({@code learning_curves.png},
 * {@code learning_rate.png}) current after every epoch; {@link #writeMetrics} adds
 * {@value #METRICS_FILE}, the run's final figures. Every file is written to a temporary file in
 * the same folder and then moved into place atomically, so a crash or a full disk never leaves a
 * half-written file where a complete one was.
 *
 * <p><b>One run per directory.</b> A new run starts in a directory of its own: {@link #next}
 * numbers a fresh one ({@code runs/fashion/run-001}, {@code run-002}, …), {@link #fresh} takes a
 * named one only if it is absent or empty. {@value #HISTORY_FILE} numbers epochs over the model's
 * whole life ({@link SequentialModel#epochsCompleted()}): a second {@code fit} of the same model,
 * or a model restored from this run's save (a resumed run), appends to the epochs recorded with
 * continuing numbers. A fit whose epochs would not continue the recorded ones (a new model in a
 * used directory) is refused before its first step, and nothing is overwritten. Every way of
 * opening checks that the directory can be written, so an unwritable one is reported before
 * training, with the operating system's reason.
 *
 * <pre>{@code model.fit(train, Fit.epochs(10).callbacks(RunDirectory.next(Path.of("runs/fashion"))));}</pre>
 */
public final class RunDirectory implements Callback {
    public static final String HISTORY_FILE = "history.csv";
    public static final String METRICS_FILE = "metrics.json";
    /** The name of a numbered run directory: {@code run-} and at least three digits. */
    private static final Pattern NUMBERED = Pattern.compile("run-(\\d{1,9})");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;
    private RunHistory history;

    private RunDirectory(Path directory) {
        this.directory = directory;
    }

    /**
     * Opens {@code directory}, creating it and its parents if needed, to start a run there or to
     * continue the one recorded there (see the class comment).
     *
     * @throws UncheckedIOException if it cannot be created or written, with the reason
     */
    public static RunDirectory at(Path directory) {
        Objects.requireNonNull(directory, "directory");
        create(directory);
        return writable(directory);
    }

    /**
     * Opens {@code directory} for a new run: it is created if absent and must be empty otherwise.
     *
     * @throws IllegalStateException if it holds anything, naming what
     * @throws UncheckedIOException if it cannot be created or written, with the reason
     */
    public static RunDirectory fresh(Path directory) {
        Objects.requireNonNull(directory, "directory");
        create(directory);
        List<String> entries;
        try (Stream<Path> listing = Files.list(directory)) {
            entries = listing.map(path -> path.getFileName().toString()).sorted().limit(4).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the run directory " + directory.toAbsolutePath() + ": "
                    + OsReason.of(e), e);
        }
        if (!entries.isEmpty()) {
            throw new IllegalStateException("The run directory " + directory.toAbsolutePath() + " already holds "
                    + String.join(", ", entries.subList(0, Math.min(3, entries.size())))
                    + (entries.size() > 3 ? ", …" : "") + ": a run directory holds one run only, and nothing"
                    + " in it is overwritten. Name a new or empty directory, or let the run be numbered in a"
                    + " fresh one (RunDirectory.next; the launcher does this without --out).");
        }
        return writable(directory);
    }

    /**
     * A new numbered directory in {@code parent} for a new run: {@code run-001} if there is none,
     * otherwise one more than the highest number there. Made with an atomic create, so two runs
     * started at once get two directories.
     *
     * @throws UncheckedIOException if {@code parent} or the new directory cannot be created or written
     */
    public static RunDirectory next(Path parent) {
        Objects.requireNonNull(parent, "parent");
        create(parent);
        int number = highestNumber(parent) + 1;
        while (true) {
            Path candidate = parent.resolve(String.format(Locale.ROOT, "run-%03d", number));
            try {
                Files.createDirectory(candidate);
                return writable(candidate);
            } catch (FileAlreadyExistsException e) {
                number++;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the run directory " + candidate.toAbsolutePath() + ": "
                        + OsReason.of(e), e);
            }
        }
    }

    public Path path() {
        return directory;
    }

    /**
     * Reads the recorded history and checks that this fit's epochs continue it.
     *
     * @throws IllegalStateException if they would not (see the class comment)
     */
    @Override
    public void onTrainBegin(SequentialModel model) {
        history = RunHistory.continuing(directory.resolve(HISTORY_FILE), model.epochsCompleted());
    }

    /** Writes the history so far to {@value #HISTORY_FILE} and plots it. */
    @Override
    public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
        history.append(logs);
        LearningCurves.write(history.history(), directory);
    }

    /** Writes {@value #METRICS_FILE}: the given names and values, in the map's order. */
    public void writeMetrics(Map<String, ?> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        String json;
        try {
            json = JSON.writeValueAsString(metrics) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize metrics " + metrics.keySet(), e);
        }
        AtomicFiles.write(directory.resolve(METRICS_FILE), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void create(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the run directory " + directory.toAbsolutePath() + ": "
                    + OsReason.of(e), e);
        }
    }

    /** Checks, by creating and deleting a file, that {@code directory} can be written now rather than after an epoch. */
    private static RunDirectory writable(Path directory) {
        try {
            Files.delete(Files.createTempFile(directory, ".write-check-", ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the run directory " + directory.toAbsolutePath() + ": "
                    + OsReason.of(e), e);
        }
        return new RunDirectory(directory);
    }

    private static int highestNumber(Path parent) {
        try (Stream<Path> listing = Files.list(parent)) {
            return listing.map(path -> NUMBERED.matcher(path.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + parent.toAbsolutePath() + ": " + OsReason.of(e), e);
        }
    }
}
