package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.runtime.data.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training data held in the graph trains exactly as data fed from the host. */
class DataInGraphTest {
    private static final Dataset FIRST = SequentialModelTest.blobs(103, 11);
    private static final Dataset SECOND = SequentialModelTest.blobs(61, 12);

    /** Two fits (a second data set replaces the first in the graph), each with a last partial batch. */
    private static WeightSnapshot train(TinyClassifierModel model, boolean dataInGraph, History[] histories) {
        histories[0] = model.fit(FIRST, Fit.epochs(2).batchSize(10).verbose(false).dataInGraph(dataInGraph));
        histories[1] = model.fit(SECOND, Fit.epochs(2).batchSize(10).verbose(false).dataInGraph(dataInGraph));
        return model.weights();
    }

    @Test
    void gatheringInTheGraphGivesTheHostFedRunBitForBit() {
        History[] fed = new History[2];
        History[] resident = new History[2];
        try (var host = TinyClassifierModel.create(); var graph = TinyClassifierModel.create()) {
            WeightSnapshot expected = train(host, false, fed);
            WeightSnapshot actual = train(graph, true, resident);
            for (String path : expected.paths()) {
                assertArrayEquals(expected.get(path), actual.get(path), path);
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(fed[i].get("loss"), resident[i].get("loss"));
                assertEquals(fed[i].get("accuracy"), resident[i].get("accuracy"));
            }
        }
    }

    /** The held data is not a variable of the model: a save has none of it, and restores into a fresh model. */
    @Test
    void theHeldDataIsNotPartOfASave(@TempDir Path directory) {
        Path save = directory.resolve("save");
        try (var model = TinyClassifierModel.create()) {
            model.fit(FIRST, Fit.epochs(1).verbose(false).dataInGraph(true));
            model.save(save);
            try (var restored = TinyClassifierModel.create()) {
                restored.restore(save);
                WeightSnapshot expected = model.weights();
                for (String path : expected.paths()) {
                    assertArrayEquals(expected.get(path), restored.weights().get(path), path);
                }
            }
        }
    }
}
