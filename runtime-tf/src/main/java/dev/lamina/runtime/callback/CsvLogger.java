package dev.lamina.runtime.callback;

import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.SequentialModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the epoch logs of the current {@code fit} in a CSV file, as Keras's {@code CSVLogger}
 * (header {@code epoch,<names>}, one row per epoch; see {@link History#toCsv()}). The whole file is
 * rewritten after every epoch to a temporary file and moved into place atomically, so a crash
 * never leaves a half-written file where a complete one was. A new {@code fit} starts a new file,
 * as Keras's {@code append=False}.
 */
public final class CsvLogger implements Callback {
    private final Path file;
    private History history = new History();

    /** Logs to {@code file}; its folder must exist. */
    public CsvLogger(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file written. */
    public Path file() {
        return file;
    }

    @Override
    public void onTrainBegin(SequentialModel model) {
        history = new History();
    }

    @Override
    public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
        history.append(logs);
        AtomicFiles.write(file, out -> out.write(history.toCsv().getBytes(StandardCharsets.UTF_8)));
    }

    /** The epochs logged by the current (or last) {@code fit}. */
    public History history() {
        return history;
    }
}
