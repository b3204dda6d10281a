package dev.lamina.runtime.train;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Dataset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options of one {@code fit} call, with Keras's defaults: {@code Fit.epochs(30)
 * .batchSize(32).validation(valid)}. Immutable: each method returns a new value.
 *
 * @param epochs the number of passes over the training data; at least 1
 * @param batchSize examples per step; default {@value Defaults#BATCH_SIZE}, as Keras
 * @param validation data evaluated at the end of each epoch ({@code val_loss}, {@code val_accuracy})
 * @param shuffle whether each epoch visits the training data in a new order (seeded); default true
 * @param verbose whether to print progress; default true
 * @param runDirectory where to keep {@code history.csv}, rewritten after every epoch
 */
public record Fit(int epochs, int batchSize, Optional<Dataset> validation, boolean shuffle, boolean verbose,
        Optional<Path> runDirectory) {

    public Fit {
        if (epochs < 1) {
            throw new IllegalArgumentException("Fit: expected at least 1 epoch. Received: epochs=" + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("Fit: expected a positive batch size. Received: batchSize=" + batchSize);
        }
    }

    /** Trains for {@code epochs} passes with every other option at its default. */
    public static Fit epochs(int epochs) {
        return new Fit(epochs, Defaults.BATCH_SIZE, Optional.empty(), true, true, Optional.empty());
    }

    public Fit batchSize(int batchSize) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, runDirectory);
    }

    public Fit validation(Dataset data) {
        return new Fit(epochs, batchSize, Optional.of(data), shuffle, verbose, runDirectory);
    }

    public Fit shuffle(boolean shuffle) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, runDirectory);
    }

    public Fit verbose(boolean verbose) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, runDirectory);
    }

    public Fit runDirectory(Path directory) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, Optional.of(directory));
    }
}
