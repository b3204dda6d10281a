package dev.lamina.runtime.run;

import dev.lamina.runtime.fs.OsReason;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.train.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run directory's {@code history.csv}: the epochs of one model's training, numbered over the
 * model's whole life, so that a resumed run (a model restored from a save) appends to the epochs
 * recorded before the interruption instead of replacing them. Every append rewrites the whole file
 * atomically.
 */
final class RunHistory {
    private final Path file;
    private final int firstEpoch;
    private final History history;

    private RunHistory(Path file, int firstEpoch, History history) {
        this.file = file;
        this.firstEpoch = firstEpoch;
        this.history = history;
    }

    /**
     * The history a fit continues, for a model that has completed {@code epochsCompleted} epochs:
     * the epochs recorded in {@code file} before that point are kept, and the fit's epochs follow
     * them. Recorded epochs from {@code epochsCompleted} on (made after the save the model was
     * restored from, and lost with it) are dropped, as the fit trains them again.
     *
     * @throws IllegalStateException if the file records another run: epochs that do not lead to
     *     {@code epochsCompleted} (a new model, or epochs missing between), or rows this class did
     *     not write
     */
    static RunHistory continuing(Path file, int epochsCompleted) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new RunHistory(file, epochsCompleted, new History());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + OsReason.of(e), e);
        }
        if (lines.size() <= 1) {
            return new RunHistory(file, epochsCompleted, new History());
        }
        String[] header = lines.get(0).split(",");
        int first = epochOf(file, header, lines.get(1).split(","), 1);
        int last = first + lines.size() - 2;
        if (epochsCompleted <= first || epochsCompleted > last + 1) {
            throw new IllegalStateException("The run directory " + file.getParent() + " records epochs " + first
                    + " to " + last + " of another run, but this model has completed " + epochsCompleted
                    + " epochs, so its epochs would not continue them: a run directory holds one run only."
                    + " Train into a new run directory (RunDirectory.next numbers one), or restore the model"
                    + " from this run's save to resume it.");
        }
        History kept = new History();
        for (int row = 1; row < lines.size() && first + row - 1 < epochsCompleted; row++) {
            String[] cells = lines.get(row).split(",");
            if (epochOf(file, header, cells, row) != first + row - 1) {
                throw notAHistory(file, row, "epochs are not consecutive");
            }
            Map<String, Double> logs = new LinkedHashMap<>();
            for (int column = 1; column < header.length; column++) {
                logs.put(header[column], number(file, row, cells[column]));
            }
            kept.append(logs);
        }
        return new RunHistory(file, first, kept);
    }

    /** Records one more epoch and rewrites the file. */
    void append(Map<String, Double> logs) {
        history.append(logs);
        AtomicFiles.write(file, out -> out.write(history.toCsv(firstEpoch).getBytes(StandardCharsets.UTF_8)));
    }

    /** Every epoch recorded, those of earlier fits of this run included. */
    History history() {
        return history;
    }

    /** The epoch number of a row's {@code cells}, after checking they fit the {@code header}. */
    private static int epochOf(Path file, String[] header, String[] cells, int row) {
        if (!header[0].equals("epoch") || cells.length != header.length) {
            throw notAHistory(file, row, "expected " + header.length + " columns under the header "
                    + Arrays.toString(header));
        }
        try {
            return Integer.parseInt(cells[0]);
        } catch (NumberFormatException e) {
            throw notAHistory(file, row, "the epoch '" + cells[0] + "' is not a number");
        }
    }

    private static double number(Path file, int row, String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw notAHistory(file, row, "'" + cell + "' is not a number");
        }
    }

    private static IllegalStateException notAHistory(Path file, int row, String problem) {
        return new IllegalStateException(file + " is not a history a run of Lamina wrote (line " + (row + 1) + ": "
                + problem + "); it is left as it is. Train into a new run directory.");
    }
}
