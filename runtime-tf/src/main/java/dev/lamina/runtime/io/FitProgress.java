package dev.lamina.runtime.io;

import java.util.Map;

/**
 * Where a {@code fit} stood when a save was made during it (by {@code ModelCheckpoint}, at an
 * epoch's end): enough for {@code SequentialModel.resume} to run the epochs it had left exactly as the
 * uninterrupted fit would have.
 *
 * @param epochs the epochs the fit was asked for
 * @param epochsDone the epochs it had finished
 * @param stepsPerEpoch its batches per epoch (a resumed fit must see the same data and batch size)
 * @param stopped whether a callback had asked it to stop
 * @param schedule the class of its learning-rate schedule
 * @param scheduleState the schedule's {@link Resumable} state
 * @param callbacks each stateful callback's {@link Resumable} state, by {@code <class>#<occurrence>}
 */
public record FitProgress(int epochs, int epochsDone, int stepsPerEpoch, boolean stopped, String schedule,
        Map<String, Double> scheduleState, Map<String, Map<String, Double>> callbacks) {}
