package dev.lamina.runtime.train;

import dev.lamina.runtime.io.FitProgress;
import dev.lamina.runtime.io.Replace;
import dev.lamina.runtime.io.SaveDirectory;
import dev.lamina.runtime.io.SaveManifest;
import dev.lamina.runtime.io.StateArrays;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private FitResume.Point restoredFit;
    /** While callbacks run at an epoch's end: where that fit stands. Null otherwise. */
    private Supplier<FitResume.Point> epochEnd;
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
        SaveDirectory.Loaded save = Checkpoints.restore(model.session(), directory, model.config().name(),
                model.optimizerKind());
        FitProgress fit = save.manifest().fit();
        try {
            restoredFit = fit == null ? null : new FitResume.Point(fit, StateArrays.read(save.files()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the save at " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return save.manifest();
    }

    SaveManifest restoreWeights(Path directory) {
        return Checkpoints.restoreWeights(model.session(), directory, model.config().name());
    }

    /** A new fit starts: the restored save's fit can no longer be resumed. */
    void forgetRestoredFit() {
        restoredFit = null;
    }

    /** The fit to resume, taken once; fails when the last restored save was not made during a fit. */
    FitResume.Point takeRestoredFit() {
        FitResume.Point fit = restoredFit;
        if (fit == null) {
            throw new IllegalStateException(model.config().name() + " has no fit to resume: resume continues a fit"
                    + " that a save made during it (by ModelCheckpoint) recorded; restore such a save first, or call fit");
        }
        restoredFit = null;
        return fit;
    }

    /** The callbacks of an epoch's end are about to run; saves they ask for wait for {@link #epochEndDone}. */
    void epochEndStarting(Supplier<FitResume.Point> progress) {
        epochEnd = progress;
        pending.clear();
    }

    /**
     * The callbacks of an epoch's end have run: the saves they asked for are written, if they all
     * returned normally (a failed epoch end is no state to resume from).
     */
    void epochEndDone(boolean completed) {
        Supplier<FitResume.Point> progress = epochEnd;
        epochEnd = null;
        Map<Path, Replace> saves = new LinkedHashMap<>(pending);
        pending.clear();
        if (completed && !saves.isEmpty()) {
            FitResume.Point fit = progress.get();
            saves.forEach((directory, replace) -> write(directory, replace, fit));
        }
    }

    private void write(Path directory, Replace replace, FitResume.Point fit) {
        SaveManifest training = new SaveManifest(SaveManifest.FORMAT, model.config().name(), model.seed(),
                model.epochsCompleted(), model.learningRate(), null, null, fit == null ? null : fit.progress(), null,
                model.classNames().isEmpty() ? null : model.classNames());
        Checkpoints.save(model.session(), directory, replace, training, model.optimizerKind(),
                fit == null ? Map.of() : fit.arrays());
    }
}
