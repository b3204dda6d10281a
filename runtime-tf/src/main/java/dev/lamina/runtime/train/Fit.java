package dev.lamina.runtime.train;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import java.util.ArrayList;
import java.util.List;
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
 *     trained on in this way or the model is closed
 * @param distribution the devices the model trains on, and from then on evaluates and predicts on
 *     ({@code Distribution.mirrored(2)}, {@code Distribution.fromEnvironment()}); default: one device,
 *     or the one the model was last distributed over
 */
public record Fit(int epochs, int batchSize, Optional<Dataset> validation, boolean shuffle, boolean verbose,
        List<Callback> callbacks, OptionalDouble learningRate, Optional<LearningRateSchedule> schedule,
        boolean dataInGraph, Optional<Replication> distribution) {

    /** Whether {@link #epochs(int)} keeps the training data in the graph: chosen by measurement. */
    static final boolean DATA_IN_GRAPH_DEFAULT = false;

    public Fit {
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
    }

    /** Trains for {@code epochs} passes with every other option at its default. */
    public static Fit epochs(int epochs) {
        return new Fit(epochs, Defaults.BATCH_SIZE, Optional.empty(), true, true, List.of(),
                OptionalDouble.empty(), Optional.empty(), DATA_IN_GRAPH_DEFAULT, Optional.empty());
    }

    public Fit batchSize(int batchSize) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph, distribution);
    }

    public Fit validation(Dataset data) {
        return new Fit(epochs, batchSize, Optional.of(data), shuffle, verbose, callbacks, learningRate, schedule, dataInGraph, distribution);
    }

    public Fit shuffle(boolean shuffle) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph, distribution);
    }

    public Fit verbose(boolean verbose) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph, distribution);
    }

    /** Adds callbacks after those already given. */
    public Fit callbacks(Callback... more) {
        List<Callback> all = new ArrayList<>(callbacks);
        all.addAll(List.of(more));
        return new Fit(epochs, batchSize, validation, shuffle, verbose, all, learningRate, schedule, dataInGraph, distribution);
    }

    /** Trains this fit with {@code schedule}, ignoring the declared rate and schedule. */
    public Fit schedule(LearningRateSchedule schedule) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, OptionalDouble.empty(),
                Optional.of(schedule), dataInGraph, distribution);
    }

    /** See {@link #dataInGraph()}. */
    public Fit dataInGraph(boolean dataInGraph) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule,
                dataInGraph, distribution);
    }

    /** Trains this fit at a constant {@code rate}, which becomes the model's, ignoring the declared schedule. */
    public Fit learningRate(double rate) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, OptionalDouble.of(rate), Optional.empty(), dataInGraph, distribution);
    }

    /**
     * Trains on {@code distribution}'s devices: the batch is split across replicas, each replica's
     * pass runs on its device, and one update is applied (see {@code distribute.Distribution}).
     */
    public Fit distribution(Replication distribution) {
        return new Fit(epochs, batchSize, validation, shuffle, verbose, callbacks, learningRate, schedule, dataInGraph,
                Optional.of(distribution));
    }
}
