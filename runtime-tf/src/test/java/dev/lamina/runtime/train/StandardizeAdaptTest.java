package dev.lamina.runtime.train;

import static dev.lamina.runtime.train.SequentialModelTest.blobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.layer.Standardize;
import dev.lamina.runtime.optim.Sgd;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardizeAdaptTest {
    private final Dataset data = blobs(120, 61);

    private static StackModel model() {
        return StackModel.create(TinyClassifierModel.CONFIG, () -> new Sgd(0.01, 0, false),
                new Standardize("standardize", new long[] {2, 2}),
                new Flatten("flatten", 4),
                new Dense("output", 4, 3, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true));
    }

    /** The first fit adapts to its training data; the statistics are kept by save and restore. */
    @Test
    void firstFitAdaptsAndSavesTheStatistics(@TempDir Path dir) {
        float[][] expected = Standardize.statistics(data);
        try (var model = model()) {
            model.fit(data, Fit.epochs(1).verbose(false));
            assertArrayEquals(expected[0], model.weights().get("standardize/mean"), 1e-6f);
            assertArrayEquals(expected[1], model.weights().get("standardize/variance"), 1e-6f);
            // A later fit on other data does not re-adapt.
            model.fit(blobs(60, 62), Fit.epochs(1).verbose(false));
            assertArrayEquals(expected[0], model.weights().get("standardize/mean"), 1e-6f);
            model.save(dir.resolve("save"));
        }
        try (var restored = model()) {
            restored.restore(dir.resolve("save"));
            restored.fit(blobs(60, 63), Fit.epochs(1).verbose(false));
            assertArrayEquals(expected[0], restored.weights().get("standardize/mean"), 1e-6f);
        }
    }

    @Test
    void explicitAdaptUsesTheGivenData() {
        Dataset other = blobs(90, 64);
        try (var model = model()) {
            model.adapt(other);
            model.fit(data, Fit.epochs(1).verbose(false));
            assertEquals(Standardize.statistics(other)[0][2], model.weights().get("standardize/mean")[2], 1e-6f);
        }
    }
}
