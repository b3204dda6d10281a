package dev.lamina.runtime.train;

import static dev.lamina.runtime.train.SequentialModelTest.blobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.io.SaveDirectory;
import dev.lamina.runtime.layer.BatchNorm;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.optim.Adam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transfer learning: copying layers from a save, freezing, unfreezing. */
class TransferTest {
    private static final ModelConfig A = new ModelConfig("A", new long[] {2, 2}, Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
            List.of(Metric.ACCURACY), 1L);
    private static final ModelConfig B = new ModelConfig("B", new long[] {2, 2}, Loss.BINARY_CROSSENTROPY,
            List.of(Metric.ACCURACY), 2L);
    private final Dataset threeClasses = blobs(300, 71);
    /** Task B: class 0 against the rest. */
    private final Dataset binary = blobs(300, 72).mapLabels(label -> label == 0 ? 1 : 0);

    private static StackModel modelA() {
        return StackModel.create(A, () -> new Adam(0.01, 0.9, 0.999, 1e-7, false),
                new Flatten("flatten", 4),
                new BatchNorm("bn", 4, 0.9, 1e-3, true, true),
                new Dense("hidden", 4, 16, Activation.ELU, Init.HE_NORMAL, true),
                new Dense("output", 16, 3, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true));
    }

    private static StackModel modelB(int hiddenUnits) {
        return StackModel.create(B, () -> new Adam(0.01, 0.9, 0.999, 1e-7, false),
                new Flatten("flatten", 4),
                new BatchNorm("bn", 4, 0.9, 1e-3, true, true),
                new Dense("hidden", 4, hiddenUnits, Activation.ELU, Init.HE_NORMAL, true),
                new Dense("output", hiddenUnits, 1, Activation.SIGMOID, Init.GLOROT_UNIFORM, true));
    }

    private static List<Layer> lower(StackModel model) {
        return model.layers().subList(0, 3);
    }

    @Test
    void freezeTrainTheHeadUnfreezeFineTune(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("a");
        WeightSnapshot a;
        try (var modelA = modelA()) {
            modelA.fit(threeClasses, Fit.epochs(2).verbose(false));
            modelA.save(save);
            a = modelA.weights();
        }
        byte[] saveBefore = Files.readAllBytes(SaveDirectory.currentVersion(save).resolve("variables.index"));
        WeightSnapshot freshB;
        try (var fresh = modelB(16)) {
            freshB = fresh.weights();
        }
        try (var b = modelB(16)) {
            b.transferFrom(save, lower(b));
            WeightSnapshot transferred = b.weights();
            for (String path : List.of("bn/gamma", "bn/beta", "bn/moving_mean", "bn/moving_variance", "hidden/kernel",
                    "hidden/bias")) {
                assertArrayEquals(a.get(path), transferred.get(path), path);
            }
            // Layers that are not reused keep their fresh initialization.
            assertArrayEquals(freshB.get("output/kernel"), transferred.get("output/kernel"));

            b.freeze(lower(b));
            b.fit(binary, Fit.epochs(2).verbose(false));
            WeightSnapshot afterHead = b.weights();
            for (String path : List.of("bn/gamma", "bn/moving_mean", "bn/moving_variance", "hidden/kernel", "hidden/bias")) {
                assertArrayEquals(transferred.get(path), afterHead.get(path), "frozen " + path);
            }
            assertFalse(Arrays.equals(transferred.get("output/kernel"), afterHead.get("output/kernel")));

            b.unfreezeAll();
            b.fit(binary, Fit.epochs(1).verbose(false).learningRate(1e-4));
            WeightSnapshot afterFineTuning = b.weights();
            for (String path : List.of("bn/gamma", "bn/moving_mean", "hidden/kernel", "output/kernel")) {
                assertFalse(Arrays.equals(afterHead.get(path), afterFineTuning.get(path)), "unfrozen " + path);
            }
            assertEquals(1e-4, b.fit(binary, Fit.epochs(1).verbose(false).learningRate(1e-4)).last("learning_rate"), 1e-12);
        }
        // Model A's save was only read.
        assertArrayEquals(saveBefore, Files.readAllBytes(SaveDirectory.currentVersion(save).resolve("variables.index")));
        try (var reloaded = modelA()) {
            reloaded.restore(save);
            assertArrayEquals(a.get("hidden/kernel"), reloaded.weights().get("hidden/kernel"));
        }
    }

    @Test
    void aShapeMismatchIsAnErrorBeforeAnythingChanges(@TempDir Path dir) {
        Path save = dir.resolve("a");
        try (var modelA = modelA()) {
            modelA.save(save);
        }
        try (var wide = modelB(32)) {
            WeightSnapshot before = wide.weights();
            var error = assertThrows(IllegalArgumentException.class, () -> wide.transferFrom(save, lower(wide)));
            assertTrue(error.getMessage().contains("Cannot transfer layer 'hidden' from A's save")
                    && error.getMessage().contains("the save's hidden/kernel has shape [4, 16], this model's [4, 32]"),
                    error.getMessage());
            // bn comes before hidden in the list and matched: it must not have been copied either.
            assertArrayEquals(before.get("bn/moving_variance"), wide.weights().get("bn/moving_variance"));
        }
    }

    @Test
    void freezingEveryLayerIsAnError() {
        try (var b = modelB(16)) {
            b.freeze(b.layers());
            var error = assertThrows(IllegalStateException.class, () -> b.fit(binary, Fit.epochs(1).verbose(false)));
            assertTrue(error.getMessage().startsWith("Every layer with weights is frozen"), error.getMessage());
        }
    }
}
