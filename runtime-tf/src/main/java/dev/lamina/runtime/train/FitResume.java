package dev.lamina.runtime.train;

import dev.lamina.runtime.io.FitProgress;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fit-level part of a save made during a {@code fit}, and its restoration by
 * {@link SequentialModel#resume}: where the fit stood, its schedule's state and each stateful
 * callback's. Callbacks are matched by class and occurrence ({@code EarlyStopping#0}), so the
 * resumed fit must be given the same callbacks, in the same order.
 */
final class FitResume {
    private FitResume() {}

    /**
     * Where a fit stood at an epoch's end: the progress the manifest records, and the arrays of its
     * stateful callbacks (by callback key, then name), which the save keeps in a file of their own.
     */
    record Point(FitProgress progress, Map<String, Map<String, float[]>> arrays) {}

    /** Where a fit with these parts stands now. */
    static Point capture(int epochs, int epochsDone, int stepsPerEpoch, boolean stopped, LearningRateSchedule rates,
            List<Callback> callbacks) {
        Map<String, Map<String, Double>> states = new LinkedHashMap<>();
        Map<String, Map<String, float[]>> arrays = new LinkedHashMap<>();
        keyed(callbacks).forEach((key, callback) -> {
            Map<String, Double> state = callback.trainingState();
            if (!state.isEmpty()) {
                states.put(key, Map.copyOf(state));
            }
            Map<String, float[]> held = callback.trainingArrays();
            if (!held.isEmpty()) {
                arrays.put(key, held);
            }
        });
        return new Point(new FitProgress(epochs, epochsDone, stepsPerEpoch, stopped, kind(rates),
                Map.copyOf(rates.trainingState()), states), arrays);
    }

    /**
     * Puts the saved state into the parts of the fit about to resume (after {@code start} and
     * {@code onTrainBegin}) and returns the epoch to continue from. Fails, naming the difference,
     * when the resumed fit is not the one that was saved.
     */
    static int restore(Point point, String model, int epochs, int stepsPerEpoch, LearningRateSchedule rates,
            List<Callback> callbacks) {
        FitProgress saved = point.progress();
        require(saved.epochs() == epochs, model, "asks for " + epochs + " epochs; the saved fit was asked for "
                + saved.epochs());
        require(saved.stepsPerEpoch() == stepsPerEpoch, model, "has " + stepsPerEpoch + " steps per epoch; the saved"
                + " fit had " + saved.stepsPerEpoch() + " (give the same training data and batch size)");
        require(saved.schedule().equals(kind(rates)), model, "trains with the schedule " + kind(rates)
                + "; the saved fit trained with " + saved.schedule());
        rates.restoreTrainingState(saved.scheduleState());
        Map<String, Map<String, Double>> unmatched = new HashMap<>(saved.callbacks());
        keyed(callbacks).forEach((key, callback) -> {
            Map<String, Double> state = unmatched.remove(key);
            if (state != null) {
                callback.restoreTrainingState(state);
                callback.restoreTrainingArrays(point.arrays().getOrDefault(key, Map.of()));
            } else {
                require(callback.trainingState().isEmpty(), model, "has the callback " + key
                        + ", which the saved fit did not have (it had " + saved.callbacks().keySet() + ")");
            }
        });
        require(unmatched.isEmpty(), model, "lacks the callbacks " + unmatched.keySet() + " of the saved fit");
        return saved.epochsDone();
    }

    /** Each callback by {@code <simple class name>#<occurrence among its class>}, in order. */
    private static Map<String, Callback> keyed(List<Callback> callbacks) {
        Map<String, Callback> keyed = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Callback callback : callbacks) {
            String name = callback.getClass().getSimpleName().isEmpty() ? kind(callback)
                    : callback.getClass().getSimpleName();
            int occurrence = seen.merge(name, 1, Integer::sum) - 1;
            keyed.put(name + "#" + occurrence, callback);
        }
        return keyed;
    }

    /**
     * The class of {@code part} as a save records it: the same in every JVM, so a lambda's class
     * ({@code Outer$$Lambda/0x…}, numbered per run) is cut to {@code Outer$$Lambda}.
     */
    private static String kind(Object part) {
        String name = part.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda + "$$Lambda".length());
    }

    private static void require(boolean condition, String model, String difference) {
        if (!condition) {
            throw new IllegalArgumentException("Cannot resume " + model + "'s fit: this one " + difference
                    + ". Resume with the options and callbacks of the fit that was saved.");
        }
    }
}
