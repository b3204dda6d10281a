package dev.lamina.runtime.train;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The options of one {@code fit} call, with Keras's defaults: {@code Fit.epochs(30)
 * .batchSize(32).validation(valid)}. Immutable: each method returns a new value.
 *
 * @param epochs the number of passes over the training data; at least 1
 * @param batchSize examples per step; default {@value Defaults#BATCH_SIZE}, as Keras
 * @param validation data evaluated at the end of each epoch ({@code val_loss}, {@code val_accuracy})
 * @param shuffle whether each epoch visits the training data in a new order (seeded); default true
 * @param verbose whether to print progress; default true
 * @param callbacks called at each stage of training, in order
 * @param learningRate a constant rate for this fit in place of the model's rate and declared
 *     schedule: fine-tuning at a lower rate after transfer learning. It becomes the model's rate
 *     ({@link SequentialModel#setLearningRate}), as assigning a Keras optimizer's rate does
 * @param schedule a schedule for this fit in place of the declared one (the learning-rate finder's
 *     exponential sweep)
 * @param dataInGraph whether the training data is copied into the graph once and each step gathers
 *     its batch there (fed only the batch's indices), rather than each batch being copied from the
 *     host; it costs a copy of the data in TensorFlow's memory, kept until another data set is
 *     trained on in this way or the model is closed. Under a distribution, each replica holds a copy
 *     on its device (each task of a cluster receives the data set once per fit) and a step sends it
 *     only its share's indices
 * @param validationSplit Keras's {@code validation_split}: the last fraction of the training data
 *     (taken before any shuffling) is held out and evaluated at the end of each epoch instead of
 *     being trained on; strictly between 0 and 1, and not together with {@code validation}
 * @param distribution the devices the model trains on, and from then on evaluates and predicts on
 *     ({@code Distribution.mirrored(2)}, {@code Distribution.fromEnvironment()}); default: one device,
 *     or the one the model was last distributed over
 */
public record Fit(int epochs, int batchSize, Optional<Dataset> validation, boolean shuffle, boolean verbose,
        List<Callback> callbacks, OptionalDouble learningRate, Optional<LearningRateSchedule> schedule,
        boolean dataInGraph, OptionalDouble validationSplit, Optional<Replication> distribution) {

    /** Whether {@link #epochs(int)} keeps the training data in the graph: chosen by measurement. */
    static final boolean DATA_IN_GRAPH_DEFAULT = false;

    public Fit {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(callbacks, "callbacks");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(schedule, "schedule");
        if (epochs < 1) {
            throw new IllegalArgumentException("Fit: expected at least 1 epoch. Received: epochs=" + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("Fit: expected a positive batch size. Received: batchSize=" + batchSize);
        }
        if (learningRate.isPresent() && !(learningRate.getAsDouble() > 0)) {
            throw new IllegalArgumentException("Fit: expected a positive learning rate. Received: " + learningRate.getAsDouble());
        }
        callbacks = List.copyOf(callbacks);
        if (learningRate.isPresent() && schedule.isPresent()) {
            throw new IllegalArgumentException("Fit: give a constant learning rate or a schedule, not both");
        }
        if (validationSplit.isPresent()) {
            double f = validationSplit.getAsDouble();
            if (!(f > 0 && f < 1)) {
                throw new IllegalArgumentException("Fit: expected a validation split strictly between 0 and 1."
                        + " Received: validationSplit=" + f);
            }
            if (validation.isPresent()) {
                throw new IllegalArgumentException("Fit: give validation data or a validation split, not both");
            }
        }
    }

    /** Trains for {@code epochs} passes with every other option at its default. */
    public static Fit epochs(int epochs) {
        return new Fit(epochs, Defaults.BATCH_SIZE, Optional.empty(), true, true, List.of(),
                OptionalDouble.empty(), Optional.empty(), DATA_IN_GRAPH_DEFAULT, OptionalDouble.empty(), Optional.empty());
    }

    public Fit batchSize(int batchSize) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph, validationSplit, distribution);
    }

    public Fit validation(Dataset data) {
        return new Fit(epochs, batchSize, Optional.of(Objects.requireNonNull(data, "data")), shuffle, verbose, callbacks, learningRate, schedule,
                dataInGraph, OptionalDouble.empty(), distribution);
    }

    public Fit shuffle(boolean shuffle) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph, validationSplit, distribution);
    }

    public Fit verbose(boolean verbose) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph, validationSplit, distribution);
    }

    /** Adds callbacks after those already given. */
    public Fit callbacks(Callback... more) {
        Objects.requireNonNull(more, "more");
        List<Callback> all = new ArrayList<>(callbacks);
        for (int i = 0; i < more.length; i++) {
            all.add(Objects.requireNonNull(more[i], "more[" + i + "]"));
        }
        return new Fit(epochs, batchSize, validation, shuffle, verbose, all, learningRate, schedule, dataInGraph, validationSplit, distribution);
    }

    /** Trains this fit with {@code schedule}, ignoring the declared rate and schedule. */
    public Fit schedule(LearningRateSchedule schedule) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, OptionalDouble.empty(),
                Optional.of(Objects.requireNonNull(schedule, "schedule")), dataInGraph, validationSplit, distribution);
    }

    /** See {@link #dataInGraph()}. */
    public Fit dataInGraph(boolean dataInGraph) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule,
                dataInGraph, validationSplit, distribution);
    }

    /** Trains this fit at a constant {@code rate}, which becomes the model's, ignoring the declared schedule. */
    public Fit learningRate(double rate) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, OptionalDouble.of(rate), Optional.empty(), dataInGraph, validationSplit, distribution);
    }

    /**
     * Holds out the last {@code fraction} of the training data for validation, as Keras's
     * {@code validation_split}: taken before shuffling, so the same examples every epoch; logged
     * as {@code val_loss} and {@code val_<metric>}. Replaces any validation data.
     */
    public Fit validationSplit(double fraction) {
        return new Fit(epochs, batchSize, Optional.empty(), shuffle, verbose, callbacks, learningRate, schedule,
                dataInGraph, OptionalDouble.of(fraction), distribution);
    }

    /**
     * Trains on {@code distribution}'s devices: the batch is split across replicas, each replica's
     * pass runs on its device, and one update is applied (see {@code distribute.Distribution}).
     */
    public Fit distribution(Replication distribution) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph,
                validationSplit, Optional.of(Objects.requireNonNull(distribution, "distribution")));
    }
}
