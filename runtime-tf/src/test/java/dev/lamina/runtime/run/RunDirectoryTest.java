package dev.lamina.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.fs.Permissions;
import dev.lamina.runtime.train.Blobs;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.TinyClassifierModel;
import java.io.UncheckedIOException;
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
            train(model, 2, run);
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

    /** A second fit of the same model is the same run going on: its epochs follow the first fit's. */
    @Test
    void aSecondFitOfTheSameModelContinuesTheHistory(@TempDir Path dir) throws Exception {
        RunDirectory run = RunDirectory.at(dir);
        try (var model = TinyClassifierModel.create()) {
            model.fit(Blobs.of(60, 7), Fit.epochs(3).verbose(false).callbacks(run));
            model.fit(Blobs.of(60, 7), Fit.epochs(1).verbose(false).callbacks(run));
        }
        assertEquals(List.of(0, 1, 2, 3), epochs(dir));
    }

    /** The rerun of issue 14: a new model trained into a used directory is refused before its first step. */
    @Test
    void aNewRunIntoAUsedDirectoryIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        try (var first = TinyClassifierModel.create()) {
            first.fit(Blobs.of(60, 7), Fit.epochs(2).verbose(false).callbacks(RunDirectory.at(dir)));
        }
        String recorded = Files.readString(dir.resolve(RunDirectory.HISTORY_FILE));
        try (var rerun = TinyClassifierModel.create()) {
            var refused = assertThrows(IllegalStateException.class, () -> rerun.fit(Blobs.of(60, 7),
                    Fit.epochs(2).verbose(false).callbacks(RunDirectory.at(dir))));
            assertTrue(refused.getMessage().contains("records epochs 0 to 1 of another run"), refused.getMessage());
            assertEquals(0, rerun.iterations());
        }
        assertEquals(recorded, Files.readString(dir.resolve(RunDirectory.HISTORY_FILE)));
    }

    /** A resumed run keeps the epochs before the interruption and numbers its own after them. */
    @Test
    void aResumedRunAppendsWithContinuingEpochNumbers(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("save");
        Path run = dir.resolve("run");
        try (var model = TinyClassifierModel.create()) {
            train(model, 2, run);
            model.save(save);
        }
        List<String> before = Files.readAllLines(run.resolve(RunDirectory.HISTORY_FILE));
        try (var resumed = TinyClassifierModel.create()) {
            resumed.restore(save);
            train(resumed, 2, run);
        }
        List<String> after = Files.readAllLines(run.resolve(RunDirectory.HISTORY_FILE));
        assertEquals(before, after.subList(0, 3));
        assertEquals(List.of(0, 1, 2, 3), epochs(run));
    }

    /** Resumed from a save older than the history: the epochs after the save were lost with it and are trained again. */
    @Test
    void aRunResumedFromAnEarlierSaveReplacesTheEpochsItRedoes(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("save");
        Path run = dir.resolve("run");
        try (var model = TinyClassifierModel.create()) {
            train(model, 1, run);
            model.save(save);
            train(model, 2, run);
        }
        String firstEpoch = Files.readAllLines(run.resolve(RunDirectory.HISTORY_FILE)).get(1);
        try (var resumed = TinyClassifierModel.create()) {
            resumed.restore(save);
            train(resumed, 1, run);
        }
        assertEquals(List.of(0, 1), epochs(run));
        assertEquals(firstEpoch, Files.readAllLines(run.resolve(RunDirectory.HISTORY_FILE)).get(1));
    }

    @Test
    void aHistoryItDidNotWriteIsLeftAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(RunDirectory.HISTORY_FILE), "epoch,loss\n0,0.5,extra\n");
        try (var model = TinyClassifierModel.create()) {
            var refused = assertThrows(IllegalStateException.class, () -> model.fit(Blobs.of(60, 7),
                    Fit.epochs(1).verbose(false).callbacks(RunDirectory.at(dir))));
            assertTrue(refused.getMessage().contains("line 2: expected 2 columns"), refused.getMessage());
        }
        assertEquals("epoch,loss\n0,0.5,extra\n", Files.readString(dir.resolve(RunDirectory.HISTORY_FILE)));
    }

    @Test
    void freshRefusesADirectoryThatHoldsAnythingAndNamesIt(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("new"), RunDirectory.fresh(dir.resolve("new")).path());
        Files.writeString(dir.resolve("new").resolve("notes.txt"), "mine");
        var refused = assertThrows(IllegalStateException.class, () -> RunDirectory.fresh(dir.resolve("new")));
        assertTrue(refused.getMessage().contains("already holds notes.txt"), refused.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("new").resolve("notes.txt")));
    }

    @Test
    void nextNumbersAFreshDirectoryAfterTheHighest(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("runs/run-001"), RunDirectory.next(dir.resolve("runs")).path());
        assertEquals(dir.resolve("runs/run-002"), RunDirectory.next(dir.resolve("runs")).path());
        Files.createDirectory(dir.resolve("runs/run-041"));
        Files.createDirectory(dir.resolve("runs/notes"));
        assertEquals(dir.resolve("runs/run-042"), RunDirectory.next(dir.resolve("runs")).path());
    }

    /** "Cannot create the run directory X" says why. */
    @Test
    void aDirectoryThatCannotBeCreatedIsReportedWithTheReason(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertReason("a file of that name exists", () -> RunDirectory.at(file));
        assertReason("Not a directory", () -> RunDirectory.at(file.resolve("run")));
        assertReason("File name too long", () -> RunDirectory.at(dir.resolve("r".repeat(300))));
    }

    /** An existing read-only directory used to fail only after the first epoch's work. */
    @Test
    void aReadOnlyDirectoryIsReportedBeforeTraining(@TempDir Path dir) throws Exception {
        Permissions.assumeEnforced(dir);
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Permissions.set(readOnly, "r-x------");
        try {
            assertReason("Cannot write to the run directory", () -> RunDirectory.at(readOnly));
            assertReason("permission denied", () -> RunDirectory.fresh(readOnly));
            assertReason("Cannot create the run directory " + readOnly.resolve("run") + ": permission denied",
                    () -> RunDirectory.at(readOnly.resolve("run")));
        } finally {
            Permissions.set(readOnly, "rwx------");
        }
    }

    @Test
    void writesTheMetricsAsJsonInTheirOrder(@TempDir Path dir) throws Exception {
        RunDirectory.at(dir).writeMetrics(Map.of("test_accuracy", 0.5));
        assertEquals("{\n  \"test_accuracy\" : 0.5\n}\n", Files.readString(dir.resolve(RunDirectory.METRICS_FILE)));
    }

    private static void assertReason(String expected, org.junit.jupiter.api.function.Executable open) {
        var failure = assertThrows(UncheckedIOException.class, open);
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
    }

    /** Fits {@code model} for {@code epochs} epochs, recording them in the run directory {@code run}. */
    private static void train(TinyClassifierModel model, int epochs, Path run) {
        model.fit(Blobs.of(60, 7), Fit.epochs(epochs).verbose(false).callbacks(RunDirectory.at(run)));
    }

    private static List<Integer> epochs(Path run) throws Exception {
        List<String> lines = Files.readAllLines(run.resolve(RunDirectory.HISTORY_FILE));
        return lines.subList(1, lines.size()).stream().map(line -> Integer.parseInt(line.split(",")[0])).toList();
    }
}
