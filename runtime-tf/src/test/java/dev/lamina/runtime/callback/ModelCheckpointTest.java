package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.train.Blobs;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.TinyClassifierModel;
import dev.lamina.runtime.train.WeightSnapshot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCheckpointTest {
    private final Dataset data = Blobs.of(90, 81);

    /** val_loss 1.0, 0.7, 0.8, 0.6, 0.9: best-only saves after epochs 0, 1 and 3; the save holds epoch 3's model. */
    @Test
    void keepsTheBestEpoch(@TempDir Path dir) {
        double[] valLoss = {1.0, 0.7, 0.8, 0.6, 0.9};
        ModelCheckpoint checkpoint = ModelCheckpoint.bestOnly(dir.resolve("best"));
        WeightSnapshot atBest = null;
        try (var model = TinyClassifierModel.create()) {
            checkpoint.onTrainBegin(model);
            for (int epoch = 0; epoch < valLoss.length; epoch++) {
                model.fit(data, Fit.epochs(1).verbose(false));
                if (epoch == 3) {
                    atBest = model.weights();
                }
                checkpoint.onEpochEnd(model, epoch, Map.of("val_loss", valLoss[epoch]));
            }
            assertEquals(3, checkpoint.savedEpoch());
        }
        try (var restored = TinyClassifierModel.create()) {
            restored.restore(dir.resolve("best"));
            assertEquals(4, restored.epochsCompleted());
            for (String path : atBest.paths()) {
                assertArrayEquals(atBest.get(path), restored.weights().get(path), path);
            }
        }
    }
}
