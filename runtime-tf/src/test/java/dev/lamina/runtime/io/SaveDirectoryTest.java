package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveDirectoryTest {
    private static final SaveManifest MANIFEST = new SaveManifest(SaveManifest.FORMAT, "M", 1, 0,
            List.of(new SaveManifest.SavedVariable("dense/kernel", new long[] {2, 2})), Map.of());

    /** A save that fails half-way (here: the disk "fills" after the first file) leaves the previous save whole. */
    @Test
    void aFailedSaveLeavesThePreviousSaveIntact(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        SaveDirectory.write(target, staging -> Files.writeString(staging.resolve("variables.index"), "good"), MANIFEST);

        var error = assertThrows(UncheckedIOException.class, () -> SaveDirectory.write(target, staging -> {
            Files.writeString(staging.resolve("variables.index"), "half-written");
            throw new IOException("No space left on device");
        }, MANIFEST));
        assertTrue(error.getMessage().contains("No space left on device")
                && error.getMessage().contains("what was there is unchanged"), error.getMessage());

        assertEquals("good", Files.readString(target.resolve("variables.index")));
        SaveManifest read = SaveDirectory.read(target);
        assertEquals("M", read.model());
        try (var entries = Files.list(dir)) {
            assertEquals(List.of("save"), entries.map(p -> p.getFileName().toString()).toList(), "no staging left behind");
        }
    }

    @Test
    void aMissingManifestIsNotASave(@TempDir Path dir) {
        var error = assertThrows(IllegalArgumentException.class, () -> SaveDirectory.read(dir));
        assertEquals("No Lamina save at " + dir.toAbsolutePath() + ": model.json is missing", error.getMessage());
    }

    @Test
    void aTruncatedManifestIsReportedAsDamage(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        SaveDirectory.write(target, staging -> Files.writeString(staging.resolve("variables.index"), "good"), MANIFEST);
        String json = Files.readString(target.resolve(SaveManifest.FILE_NAME));
        Files.writeString(target.resolve(SaveManifest.FILE_NAME), json.substring(0, json.length() / 2));
        assertThrows(CorruptSaveException.class, () -> SaveDirectory.read(target));
    }
}
