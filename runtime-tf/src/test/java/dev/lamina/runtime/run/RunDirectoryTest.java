package dev.lamina.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.train.Blobs;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.TinyClassifierModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @Test
    void keepsTheHistoryAndItsChartsCurrentEachEpoch(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        try (var model = TinyClassifierModel.create()) {
            model.fit(Blobs.of(60, 7), Fit.epochs(2).verbose(false).callbacks(RunDirectory.at(run)));
        }
        List<String> lines = Files.readAllLines(run.resolve(RunDirectory.HISTORY_FILE));
        assertEquals("epoch,loss,accuracy,learning_rate", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("1,"));
        for (String png : List.of("learning_curves.png", "learning_rate.png")) {
            byte[] bytes = Files.readAllBytes(run.resolve(png));
            assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII), png);
        }
    }

    /** A second fit into the same directory starts a new history, as Keras's CSVLogger without append. */
    @Test
    void aNewFitStartsANewHistory(@TempDir Path dir) throws Exception {
        RunDirectory run = RunDirectory.at(dir);
        try (var model = TinyClassifierModel.create()) {
            model.fit(Blobs.of(60, 7), Fit.epochs(3).verbose(false).callbacks(run));
            model.fit(Blobs.of(60, 7), Fit.epochs(1).verbose(false).callbacks(run));
        }
        assertEquals(2, Files.readAllLines(dir.resolve(RunDirectory.HISTORY_FILE)).size());
    }

    @Test
    void writesTheMetricsAsJsonInTheirOrder(@TempDir Path dir) throws Exception {
        RunDirectory.at(dir).writeMetrics(Map.of("test_accuracy", 0.5));
        assertEquals("{\n  \"test_accuracy\" : 0.5\n}\n", Files.readString(dir.resolve(RunDirectory.METRICS_FILE)));
    }
}
