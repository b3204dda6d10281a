package dev.lamina.samples;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How the launcher asks a sample to run.
 *
 * @param epochs passes over the training data; empty for the sample's default
 * @param batchSize examples per step; empty for the sample's default
 * @param seed replaces the model's declared seed; empty to keep it
 * @param data the data directory; empty to search the usual places
 * @param out the run directory ({@code history.csv}, {@code metrics.json}), new for each run
 * @param trainSize use only the first N training examples (quick runs and smoke tests); empty for all
 * @param verbose print per-epoch progress
 */
public record SampleOptions(OptionalInt epochs, OptionalInt batchSize, OptionalLong seed, Optional<Path> data,
        Path out, OptionalInt trainSize, boolean verbose) {

    /** These options with another run directory. */
    public SampleOptions withOut(Path directory) {
        return new SampleOptions(epochs, batchSize, seed, data, directory, trainSize, verbose);
    }
}
