package dev.lamina.runtime.io;

import java.util.Map;

/**
 * A part of training whose state decides what the next steps do (a schedule's position, a
 * callback's best value and patience counter), saved with the model during a {@code fit} and put
 * back by {@code SequentialModel.resume}. The state is a small map of named numbers, so that a new piece of
 * state is one more entry and older saves stay readable. A part without state keeps the defaults.
 */
public interface Resumable {
    /** The state as it is now; empty for a part without state. */
    default Map<String, Double> trainingState() {
        return Map.of();
    }

    /**
     * Puts back a state {@link #trainingState()} returned: called after {@code onTrainBegin} (or a
     * schedule's {@code start}) of the resumed fit. An entry this version does not know is ignored;
     * one it needs but misses keeps the value {@code start} gave it.
     */
    default void restoreTrainingState(Map<String, Double> state) {}

    /** Arrays that belong to the state (early stopping's best weights), by name; empty for most parts. */
    default Map<String, float[]> trainingArrays() {
        return Map.of();
    }

    /** Puts back what {@link #trainingArrays()} returned, after {@link #restoreTrainingState}. */
    default void restoreTrainingArrays(Map<String, float[]> arrays) {}
}
