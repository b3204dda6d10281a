package dev.lamina.runtime.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReduceOnPlateauTest {

    /**
     * factor 0.5, patience 2, min_delta 0.01, cooldown 1, min_lr 0.02, from 0.1. Expected rates
     * traced by hand through Keras's on_epoch_end:
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
        var schedule = new ReduceOnPlateau("val_loss", 0.5, 2, 0.01, 1, 0.02, false);
        schedule.start(11, 100, 0.1);
        double[] losses = {1.00, 0.995, 0.99, 1.20, 1.10, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98};
        double[] expected = {0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.025, 0.02, 0.02, 0.02, 0.02};
        for (int epoch = 0; epoch < losses.length; epoch++) {
            assertEquals(schedule.currentRate(), schedule.rate(epoch * 100L, epoch));
            schedule.epochEnded(epoch, logs("val_loss", losses[epoch]));
            assertEquals(expected[epoch], schedule.currentRate(), 1e-15, "after epoch " + epoch);
        }
    }

    /** The chapter's ReduceLROnPlateau(factor=0.5, patience=5), without cooldown. */
    @Test
    void patienceFiveHalvesAfterFiveFlatEpochs() {
        var schedule = new ReduceOnPlateau("val_loss", 0.5, 5, 1e-4, 0, 0, false);
        schedule.start(20, 10, 0.01);
        schedule.epochEnded(0, logs("val_loss", 0.5));
        for (int epoch = 1; epoch <= 4; epoch++) {
            schedule.epochEnded(epoch, logs("val_loss", 0.5));
            assertEquals(0.01, schedule.currentRate());
        }
        schedule.epochEnded(5, logs("val_loss", 0.5));
        assertEquals(0.005, schedule.currentRate());
        for (int epoch = 6; epoch <= 10; epoch++) {
            schedule.epochEnded(epoch, logs("val_loss", 0.5));
        }
        assertEquals(0.0025, schedule.currentRate());
    }

    @Test
    void maximizingAnAccuracy() {
        var schedule = new ReduceOnPlateau("val_accuracy", 0.1, 1, 0, 0, 0, true);
        schedule.start(5, 10, 0.01);
        schedule.epochEnded(0, logs("val_accuracy", 0.80));
        schedule.epochEnded(1, logs("val_accuracy", 0.85));
        assertEquals(0.01, schedule.currentRate());
        schedule.epochEnded(2, logs("val_accuracy", 0.84));
        assertEquals(0.001, schedule.currentRate(), 1e-15);
    }

    /** start() restarts from the rate it is given, with best, wait and cooldown reset (Keras's on_train_begin). */
    @Test
    void startResets() {
        var schedule = new ReduceOnPlateau("val_loss", 0.5, 1, 0, 3, 0, false);
        schedule.start(5, 10, 0.01);
        schedule.epochEnded(0, logs("val_loss", 0.1));
        schedule.epochEnded(1, logs("val_loss", 0.2));
        assertEquals(0.005, schedule.currentRate());
        schedule.start(5, 10, 0.004);
        assertEquals(0.004, schedule.rate(100, 0));
        schedule.epochEnded(0, logs("val_loss", 0.3));
        schedule.epochEnded(1, logs("val_loss", 0.3));
        assertEquals(0.002, schedule.currentRate(), "no cooldown carried over from the previous fit");
    }

    @Test
    void aMissingMonitoredQuantityNamesTheAvailableOnes() {
        var schedule = new ReduceOnPlateau("val_loss", 0.5, 5, 1e-4, 0, 0, false);
        schedule.start(5, 10, 0.01);
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", 0.4);
        logs.put("accuracy", 0.9);
        var error = assertThrows(IllegalStateException.class, () -> schedule.epochEnded(0, logs));
        assertEquals("ReduceOnPlateau: expected 'val_loss' in the epoch logs. Received: [loss, accuracy]"
                + " (is there validation data?)", error.getMessage());
    }

    @Test
    void invalidArguments() {
        var error = assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau("val_loss", 1.0, 5, 1e-4, 0, 0, false));
        assertEquals("ReduceOnPlateau: expected a factor in (0, 1). Received: factor=1.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau("val_loss", 0, 5, 1e-4, 0, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau("val_loss", 0.5, -1, 1e-4, 0, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau("val_loss", 0.5, 5, -1e-4, 0, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau("val_loss", 0.5, 5, 1e-4, -1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau("val_loss", 0.5, 5, 1e-4, 0, -0.1, false));
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau(" ", 0.5, 5, 1e-4, 0, 0, false));
        var notStarted = new ReduceOnPlateau("val_loss", 0.5, 5, 1e-4, 0, 0, false);
        assertThrows(IllegalStateException.class, () -> notStarted.rate(0, 0));
    }

    private static Map<String, Double> logs(String name, double value) {
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", 0.5);
        logs.put(name, value);
        return logs;
    }
}
