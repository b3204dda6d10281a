package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.optim.Sgd;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save holds one optimizer's state. Restoring it into a model with another optimizer fails
 * before anything is loaded, naming both optimizers and the way out, {@code restoreWeights},
 * which loads the layers alone and leaves the optimizer fresh.
 */
class OptimizerMismatchTest {
    private final Dataset data = Blobs.of(64, 3);

    /** The fault: TensorFlow's raw "Key optimizer/hidden/kernel/m not found in checkpoint". */
    @Test
    void anAdamModelRefusesAnSgdSaveNamingBoth(@TempDir Path dir) {
        Path save = trained(() -> new Sgd(0.01, 0, false), dir);
        try (var adam = model(() -> new Adam(0.01, 0.9, 0.999, 1e-7, false))) {
            WeightSnapshot before = adam.weights();
            var error = assertThrows(IllegalArgumentException.class, () -> adam.restore(save));
            assertTrue(error.getMessage().contains("holds the state of Sgd (no state), but Mismatched trains with Adam"
                    + " (state: m, v per weight)"), error.getMessage());
            assertTrue(error.getMessage().contains("call restoreWeights(directory)"), error.getMessage());
            assertArrayEquals(before.get("hidden/kernel"), adam.weights().get("hidden/kernel"), "nothing loaded");
        }
    }

    /** The fault: this one loaded silently, leaving Adam's moments behind. */
    @Test
    void anSgdModelRefusesAnAdamSave(@TempDir Path dir) {
        Path save = trained(() -> new Adam(0.01, 0.9, 0.999, 1e-7, false), dir);
        try (var sgd = model(() -> new Sgd(0.01, 0, false))) {
            var error = assertThrows(IllegalArgumentException.class, () -> sgd.restore(save));
            assertTrue(error.getMessage().contains("holds the state of Adam (state: m, v per weight), but Mismatched"
                    + " trains with Sgd (no state)"), error.getMessage());
        }
    }

    /** The way out: the weights and moving statistics load; the optimizer and counters stay fresh. */
    @Test
    void restoreWeightsLoadsTheLayersAndLeavesTheOptimizerFresh(@TempDir Path dir) {
        Path save = trained(() -> new Sgd(0.01, 0, false), dir);
        WeightSnapshot saved;
        try (var sgd = model(() -> new Sgd(0.01, 0, false))) {
            sgd.restore(save);
            saved = sgd.weights();
        }
        try (var adam = model(() -> new Adam(0.01, 0.9, 0.999, 1e-7, false))) {
            adam.restoreWeights(save);
            for (String path : saved.paths()) {
                assertArrayEquals(saved.get(path), adam.weights().get(path), path);
            }
            assertEquals(0, adam.iterations());
            assertEquals(0, adam.epochsCompleted());
            adam.fit(data, Fit.epochs(1).verbose(false));
            assertEquals(2, adam.iterations());
        }
    }

    private Path trained(Supplier<Optimizer> optimizer, Path dir) {
        Path save = dir.resolve("save");
        try (var model = model(optimizer)) {
            model.fit(data, Fit.epochs(1).verbose(false));
            model.save(save);
        }
        return save;
    }

    private static StackModel model(Supplier<Optimizer> optimizer) {
        return StackModel.create(new ModelConfig("Mismatched", new long[] {2, 2},
                dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY, java.util.List.of(), 3L), optimizer,
                new Flatten("flatten", 4), new Dense("hidden", 4, 8, Activation.RELU, Init.HE_NORMAL, true),
                new Dense("output", 8, 3, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true));
    }
}
