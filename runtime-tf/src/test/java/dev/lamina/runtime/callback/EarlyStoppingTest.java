package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.MonitorMode;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.train.Blobs;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.TinyClassifierModel;
import dev.lamina.runtime.train.WeightSnapshot;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
    private final Dataset data = Blobs.of(90, 11);

    /**
     * val_loss 1.0, 0.8, 0.9, 0.85, 0.95 with patience 2: the best epoch is 1; wait is 1 after epoch 2
     * and 2 after epoch 3, so training stops at epoch 3, and the weights of epoch 1 come back exactly.
     */
    @Test
    void stopsAfterPatienceAndRestoresTheBestEpochExactly() {
        double[] valLoss = {1.0, 0.8, 0.9, 0.85, 0.95};
        EarlyStopping stopping = EarlyStopping.patience(2).restoreBestWeights();
        try (var model = TinyClassifierModel.create()) {
            stopping.onTrainBegin(model);
            WeightSnapshot atBestEpoch = null;
            int epoch = 0;
            for (; epoch < valLoss.length; epoch++) {
                model.fit(data, Fit.epochs(1).verbose(false)); // the weights move every epoch
                if (epoch == 1) {
                    atBestEpoch = model.weights();
                }
                stopping.onEpochEnd(model, epoch, Map.of("val_loss", valLoss[epoch]));
                if (model.stopRequested()) {
                    break;
                }
            }
            assertEquals(3, epoch);
            assertEquals(3, stopping.stoppedEpoch());
            assertEquals(1, stopping.bestEpoch());
            assertFalse(Arrays.equals(atBestEpoch.get("hidden/kernel"), model.weights().get("hidden/kernel")));
            stopping.onTrainEnd(model, new History());
            for (String path : atBestEpoch.paths()) {
                assertArrayEquals(atBestEpoch.get(path), model.weights().get(path), path);
            }
        }
    }

    /** min_delta: a fall smaller than it is not an improvement. */
    @Test
    void smallImprovementsDoNotCount() {
        Monitor monitor = new Monitor("val_loss", MonitorMode.AUTO, 0.1);
        assertFalse(monitor.isImprovement(0.95, 1.0));
        assertTrue(monitor.isImprovement(0.85, 1.0));
        Monitor accuracy = new Monitor("val_accuracy", MonitorMode.AUTO, 0);
        assertTrue(accuracy.maximize());
        assertTrue(accuracy.isImprovement(0.9, 0.8));
    }

    @Test
    void stopsAFitEarlyThroughTheCallbackList() {
        // Monitoring training accuracy in "min" mode: it rises, so every epoch after the first is no
        // improvement, and patience 1 stops training at epoch 1 (the second).
        EarlyStopping stopping = EarlyStopping.patience(1).monitor(new Monitor("accuracy", MonitorMode.MIN, 0));
        try (var model = TinyClassifierModel.create()) {
            History history = model.fit(data, Fit.epochs(10).verbose(false).callbacks(stopping));
            assertEquals(2, history.epochs());
            assertEquals(1, stopping.stoppedEpoch());
        }
    }

    @Test
    void aMissingMonitoredQuantityIsAnError() {
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalStateException.class,
                    () -> model.fit(data, Fit.epochs(1).verbose(false).callbacks(EarlyStopping.patience(1))));
            assertEquals("Monitored quantity 'val_loss' is not in the epoch logs [loss, accuracy, learning_rate];"
                    + " pass validation data to fit", error.getMessage());
        }
    }

}
