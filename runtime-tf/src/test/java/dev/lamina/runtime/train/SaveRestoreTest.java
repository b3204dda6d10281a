package dev.lamina.runtime.train;

import static dev.lamina.runtime.train.SequentialModelTest.blobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.io.CorruptSaveException;
import dev.lamina.runtime.io.Replace;
import dev.lamina.runtime.io.SaveDirectory;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveRestoreTest {
    private final Dataset data = blobs(150, 21);

    @Test
    void restoredModelPredictsIdentically(@TempDir Path dir) {
        float[][] expected;
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(2).verbose(false));
            expected = model.predict(data);
            model.save(dir.resolve("save"));
        }
        try (var fresh = TinyClassifierModel.create()) {
            fresh.restore(dir.resolve("save"));
            float[][] actual = fresh.predict(data);
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], actual[i], "row " + i);
            }
            assertEquals(2, fresh.epochsCompleted());
        }
    }

    /** Train 2 epochs, save, restore into a fresh model, train 2 more: bit-identical to 4 uninterrupted. */
    @Test
    void resumedTrainingEqualsUninterruptedTraining(@TempDir Path dir) {
        WeightSnapshot uninterrupted;
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(4).verbose(false));
            uninterrupted = model.weights();
        }
        try (var first = TinyClassifierModel.create()) {
            first.fit(data, Fit.epochs(2).verbose(false));
            first.save(dir.resolve("half"));
        }
        try (var resumed = TinyClassifierModel.create()) {
            resumed.restore(dir.resolve("half"));
            resumed.fit(data, Fit.epochs(2).verbose(false));
            assertEquals(4 * 5, resumed.iterations()); // ceil(150 / 32) = 5 steps per epoch
            WeightSnapshot actual = resumed.weights();
            for (String path : uninterrupted.paths()) {
                assertArrayEquals(uninterrupted.get(path), actual.get(path), path);
            }
        }
    }

    @Test
    void aSaveFromAnotherModelDefinitionIsRejectedNamingTheLayer(@TempDir Path dir) {
        try (var model = TinyClassifierModel.create()) {
            model.save(dir.resolve("save"));
        }
        try (var wider = TinyClassifierModel.create(TinyClassifierModel.CONFIG, 32)) {
            WeightSnapshot before = wider.weights();
            var error = assertThrows(IllegalArgumentException.class, () -> wider.restore(dir.resolve("save")));
            assertTrue(error.getMessage().contains("at layer 'hidden': the save has hidden/kernel [4, 16],"
                    + " this model has hidden/kernel [4, 32]. Nothing was loaded."), error.getMessage());
            assertArrayEquals(before.get("hidden/kernel"), wider.weights().get("hidden/kernel"));
        }
    }

    @Test
    void aCorruptedSaveIsRejected(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("save");
        try (var model = TinyClassifierModel.create()) {
            model.save(save);
        }
        Path data = Files.list(SaveDirectory.currentVersion(save))
                .filter(p -> p.getFileName().toString().startsWith("variables.data")).findFirst().orElseThrow();
        try (RandomAccessFile file = new RandomAccessFile(data.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0xff);
        }
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(CorruptSaveException.class, () -> model.restore(save));
            assertEquals(data.toAbsolutePath(), error.file().toAbsolutePath());
            assertTrue(error.getMessage().contains("its SHA-256 is"), error.getMessage());
        }
    }

    @Test
    void aTruncatedSaveIsRejected(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("save");
        try (var model = TinyClassifierModel.create()) {
            model.save(save);
        }
        Path index = SaveDirectory.currentVersion(save).resolve("variables.index");
        byte[] bytes = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (var model = TinyClassifierModel.create()) {
            assertThrows(CorruptSaveException.class, () -> model.restore(save));
        }
    }

    @Test
    void savingOverASaveReplacesItAndRefusesForeignDirectories(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("save");
        try (var model = TinyClassifierModel.create()) {
            model.save(save);
            model.fit(data, Fit.epochs(1).verbose(false));
            model.save(save);
            try (var restored = TinyClassifierModel.create()) {
                restored.restore(save);
                assertEquals(1, restored.epochsCompleted());
            }
            Path foreign = dir.resolve("photos");
            Files.createDirectories(foreign);
            Files.writeString(foreign.resolve("holiday.jpg"), "not a save");
            assertThrows(IllegalArgumentException.class, () -> model.save(foreign));
            assertEquals("not a save", Files.readString(foreign.resolve("holiday.jpg")));
        }
        // Only the save remains next to it: no staging or previous-save directories are left behind.
        try (var entries = Files.list(dir)) {
            assertEquals(List.of("photos", "save"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** The fault: a model.json beside a user's files made save() delete them all. */
    @Test
    void saveNeverDeletesAUsersFiles(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectory(dir.resolve("project"));
        Files.writeString(project.resolve("model.json"), "{}");
        Files.writeString(project.resolve("keep-me.txt"), "keep");
        Files.write(project.resolve("weights.bin"), new byte[] {1, 2, 3});
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalArgumentException.class, () -> model.save(project));
            assertTrue(error.getMessage().contains("'keep-me.txt'"), error.getMessage());
        }
        try (var entries = Files.list(project)) {
            assertEquals(List.of("keep-me.txt", "model.json", "weights.bin"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** An export never silently replaces a training save, nor a save an export. */
    @Test
    void exportAndSaveReplaceEachOtherOnlyWhenAsked(@TempDir Path dir) {
        Path target = dir.resolve("model");
        try (var model = TinyClassifierModel.create()) {
            model.save(target);
            var refused = assertThrows(IllegalArgumentException.class, () -> model.exportSavedModel(target));
            assertTrue(refused.getMessage().contains("holds a Lamina save"), refused.getMessage());
            model.restore(target);

            model.exportSavedModel(target, Replace.SAVE_OR_EXPORT);
            assertTrue(Files.isRegularFile(SaveDirectory.currentVersion(target).resolve("saved_model.pb")));
            assertThrows(IllegalArgumentException.class, () -> model.save(target));
            model.save(target, Replace.SAVE_OR_EXPORT);
            model.restore(target);
        }
    }

    /** The SavedModel export, loaded by a separate JVM, gives the same probabilities. */
    @Test
    void exportedSavedModelPredictsIdenticallyInAnotherJvm(@TempDir Path dir) throws Exception {
        Dataset sample = data.take(5);
        float[][] expected;
        Path export = dir.resolve("export");
        try (var model = TinyClassifierModel.create()) {
            model.fit(data, Fit.epochs(1).verbose(false));
            expected = model.predict(sample);
            model.exportSavedModel(export);
        }
        float[] input = new float[5 * 4];
        for (int i = 0; i < 5; i++) {
            sample.copyExample(i, input, i * 4);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SavedModelPredictor.class.getName(),
                SaveDirectory.currentVersion(export).toString()));
        for (float v : input) {
            command.add(Float.toString(v));
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        String[] values = output.trim().split("\\s+");
        assertEquals(15, values.length, output);
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(expected[i][k], Float.parseFloat(values[i * 3 + k]), 0f, "example " + i + " class " + k);
            }
        }
    }
}
