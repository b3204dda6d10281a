package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.MonitorMode;
import dev.lamina.runtime.schedule.ExponentialDecay;
import dev.lamina.runtime.schedule.Granularity;
import dev.lamina.runtime.train.Blobs;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.TinyClassifierModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plateau callback on scripted epoch logs, traced by hand through Keras's {@code on_epoch_end}. */
class ReduceLROnPlateauTest {

    /**
     * factor 0.5, patience 2, min_delta 0.01, cooldown 1, min_lr 0.02, from 0.1:
     * <pre>
     * epoch val_loss  event                                   rate after
     *   0   1.00      improves (best 1.00)                    0.1
     *   1   0.995     not by min_delta: wait 1                0.1
     *   2   0.99      not by min_delta: wait 2 → reduce       0.05  (cooldown 1, wait 0)
     *   3   1.20      cooldown 1→0, wait 0; then wait 1       0.05
     *   4   1.10      wait 2 → reduce                          0.025 (cooldown 1)
     *   5   0.98      improves (best 0.98); cooldown → 0      0.025
     *   6   0.98      wait 1                                  0.025
     *   7   0.98      wait 2 → max(0.0125, 0.02)              0.02  (cooldown 1)
     *   8   0.98      cooldown 1→0, wait 0; then wait 1       0.02
     *   9   0.98      wait 2, but rate = min_lr: no change     0.02
     *  10   0.98      wait 3, still min_lr                     0.02
     * </pre>
     */
    @Test
    void followsKerasThroughPatienceCooldownAndMinRate() {
        var plateau = new ReduceLROnPlateau(new Monitor("val_loss", MonitorMode.AUTO, 0.01), 0.5, 2, 1, 0.02);
        double[] losses = {1.00, 0.995, 0.99, 1.20, 1.10, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98};
        double[] expected = {0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.025, 0.02, 0.02, 0.02, 0.02};
        try (var model = TinyClassifierModel.create()) {
            model.setLearningRate(0.1);
            plateau.onTrainBegin(model);
            for (int epoch = 0; epoch < losses.length; epoch++) {
                plateau.onEpochEnd(model, epoch, logs("val_loss", losses[epoch]));
                assertEquals(expected[epoch], model.learningRate(), 1e-15, "after epoch " + epoch);
            }
        }
    }

    /** The chapter's ReduceLROnPlateau(factor=0.5, patience=5), without cooldown. */
    @Test
    void patienceFiveHalvesAfterFiveFlatEpochs() {
        var plateau = new ReduceLROnPlateau(new Monitor("val_loss", MonitorMode.AUTO, 1e-4), 0.5, 5, 0, 0);
        try (var model = TinyClassifierModel.create()) {
            assertEquals(0.01, model.learningRate(), "the declared rate");
            plateau.onTrainBegin(model);
            plateau.onEpochEnd(model, 0, logs("val_loss", 0.5));
            for (int epoch = 1; epoch <= 4; epoch++) {
                plateau.onEpochEnd(model, epoch, logs("val_loss", 0.5));
                assertEquals(0.01, model.learningRate());
            }
            plateau.onEpochEnd(model, 5, logs("val_loss", 0.5));
            assertEquals(0.005, model.learningRate());
            for (int epoch = 6; epoch <= 10; epoch++) {
                plateau.onEpochEnd(model, epoch, logs("val_loss", 0.5));
            }
            assertEquals(0.0025, model.learningRate());
        }
    }

    @Test
    void autoMaximizesAnAccuracy() {
        var plateau = new ReduceLROnPlateau(Monitor.of("val_accuracy"), 0.1, 1, 0, 0);
        try (var model = TinyClassifierModel.create()) {
            plateau.onTrainBegin(model);
            plateau.onEpochEnd(model, 0, logs("val_accuracy", 0.80));
            plateau.onEpochEnd(model, 1, logs("val_accuracy", 0.85));
            assertEquals(0.01, model.learningRate());
            plateau.onEpochEnd(model, 2, logs("val_accuracy", 0.84));
            assertEquals(0.001, model.learningRate(), 1e-15);
        }
    }

    /**
     * onTrainBegin resets best, wait and cooldown (Keras's on_train_begin), but not the rate: a
     * reduced rate stays reduced for the next fit, as in a Keras optimizer.
     */
    @Test
    void aNewFitResetsTheCountersButKeepsTheRate() {
        var plateau = new ReduceLROnPlateau(new Monitor("val_loss", MonitorMode.AUTO, 0), 0.5, 1, 3, 0);
        try (var model = TinyClassifierModel.create()) {
            plateau.onTrainBegin(model);
            plateau.onEpochEnd(model, 0, logs("val_loss", 0.1));
            plateau.onEpochEnd(model, 1, logs("val_loss", 0.2));
            assertEquals(0.005, model.learningRate());
            plateau.onTrainBegin(model);
            plateau.onEpochEnd(model, 0, logs("val_loss", 0.3));
            plateau.onEpochEnd(model, 1, logs("val_loss", 0.3));
            assertEquals(0.0025, model.learningRate(), "no cooldown carried over from the previous fit");
        }
    }

    /**
     * In a real fit the reduced rate takes effect from the next epoch: training loss monitored in
     * MAX mode never improves after the first epoch, so with patience 1 every later epoch halves
     * the rate, and {@code learning_rate} logs each epoch's last step.
     */
    @Test
    void theNextEpochTrainsAtTheReducedRate() {
        var plateau = new ReduceLROnPlateau(new Monitor("loss", MonitorMode.MAX, 0), 0.5, 1, 0, 0);
        try (var model = TinyClassifierModel.create()) {
            History history = model.fit(Blobs.of(60, 5), Fit.epochs(4).verbose(false).callbacks(plateau));
            assertEquals(List.of(0.01, 0.01, 0.005, 0.0025), history.get("learning_rate"));
            assertEquals(0.00125, model.learningRate());
        }
    }

    /** A schedule sets every step's rate: the callback cannot change it, and says why (Keras refuses too). */
    @Test
    void aScheduledFitRefusesTheChange() {
        var plateau = new ReduceLROnPlateau(new Monitor("loss", MonitorMode.MAX, 0), 0.5, 1, 0, 0);
        var decay = new ExponentialDecay(0.01, 0.5, 10, false, Granularity.STEP);
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalStateException.class, () -> model.fit(Blobs.of(60, 5),
                    Fit.epochs(3).verbose(false).schedule(decay).callbacks(plateau)));
            assertTrue(error.getMessage().startsWith("TinyClassifier is training with the schedule ExponentialDecay,"
                    + " which sets every step's rate"), error.getMessage());
        }
    }

    @Test
    void aMissingMonitoredQuantityNamesTheAvailableOnes() {
        var plateau = new ReduceLROnPlateau(Monitor.of("val_loss"), 0.5, 5, 0, 0);
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", 0.4);
        logs.put("accuracy", 0.9);
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalStateException.class, () -> plateau.onEpochEnd(model, 0, logs));
            assertEquals("Monitored quantity 'val_loss' is not in the epoch logs [loss, accuracy]; pass validation data"
                    + " to fit", error.getMessage());
        }
    }

    @Test
    void invalidArguments() {
        Monitor monitor = Monitor.of("val_loss");
        var error = assertThrows(IllegalArgumentException.class, () -> new ReduceLROnPlateau(monitor, 1.0, 5, 0, 0));
        assertEquals("ReduceLROnPlateau: expected a factor in (0, 1). Received: factor=1.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReduceLROnPlateau(monitor, 0, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReduceLROnPlateau(monitor, 0.5, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReduceLROnPlateau(monitor, 0.5, 5, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReduceLROnPlateau(monitor, 0.5, 5, 0, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Monitor.of(" "));
        assertThrows(IllegalArgumentException.class, () -> new Monitor("val_loss", MonitorMode.AUTO, Double.NaN));
        var auto = assertThrows(IllegalArgumentException.class, () -> Monitor.of("learning_rate"));
        assertTrue(auto.getMessage().contains("Set the mode to MIN or MAX"), auto.getMessage());
    }

    private static Map<String, Double> logs(String name, double value) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", 0.5);
        logs.put(name, value);
        return logs;
    }
}
