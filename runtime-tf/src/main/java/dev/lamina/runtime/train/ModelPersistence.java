package dev.lamina.runtime.train;

import dev.lamina.runtime.io.FitProgress;
import dev.lamina.runtime.io.Replace;
import dev.lamina.runtime.io.SaveManifest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A model's saves: what {@link SequentialModel#save} writes and {@link SequentialModel#restore}
 * reads besides the variables, and the fit a restored save was made during (for
 * {@link SequentialModel#resume}).
 *
 * <p>A save asked for by a callback at an epoch's end is written once every callback has run for
 * that epoch, so that it holds the state the next epoch starts from (a callback listed after
 * {@code ModelCheckpoint} may still change the rate or its own counters).
 */
final class ModelPersistence {
    private final SequentialModel model;
    /** The fit the last restored save was made during; null if none (or already resumed). */
    private FitProgress restoredFit;
    /** While callbacks run at an epoch's end: where that fit stands. Null otherwise. */
    private Supplier<FitProgress> epochEnd;
    private final Map<Path, Replace> pending = new LinkedHashMap<>();

    ModelPersistence(SequentialModel model) {
        this.model = model;
    }

    void save(Path directory, Replace replace) {
        if (epochEnd != null) {
            pending.put(directory, replace);
        } else {
            write(directory, replace, null);
        }
    }

    SaveManifest restore(Path directory) {
        SaveManifest manifest = Checkpoints.restore(model.session(), directory, model.name(), model.optimizerKind());
        restoredFit = manifest.fit();
        return manifest;
    }

    SaveManifest restoreWeights(Path directory) {
        return Checkpoints.restoreWeights(model.session(), directory, model.name());
    }

    /** The fit to resume, taken once. */
    FitProgress takeRestoredFit() {
        FitProgress fit = restoredFit;
        restoredFit = null;
        return fit;
    }

    /** The callbacks of an epoch's end are about to run; saves they ask for wait for {@link #epochEndDone}. */
    void epochEndStarting(Supplier<FitProgress> progress) {
        epochEnd = progress;
        pending.clear();
    }

    /**
     * The callbacks of an epoch's end have run: the saves they asked for are written, if they all
     * returned normally (a failed epoch end is no state to resume from).
     */
    void epochEndDone(boolean completed) {
        Supplier<FitProgress> progress = epochEnd;
        epochEnd = null;
        Map<Path, Replace> saves = new LinkedHashMap<>(pending);
        pending.clear();
        if (completed && !saves.isEmpty()) {
            FitProgress fit = progress.get();
            saves.forEach((directory, replace) -> write(directory, replace, fit));
        }
    }

    private void write(Path directory, Replace replace, FitProgress fit) {
        SaveManifest training = new SaveManifest(SaveManifest.FORMAT, model.name(), model.seed(),
                model.epochsCompleted(), model.learningRate(), null, null, fit, null);
        Checkpoints.save(model.session(), directory, replace, training, model.optimizerKind());
    }
}
