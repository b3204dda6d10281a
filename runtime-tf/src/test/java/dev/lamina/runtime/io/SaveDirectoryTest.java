package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveDirectoryTest {
    /** A save that fails half-way (here: the disk "fills" after the first file) leaves the previous save whole. */
    @Test
    void aFailedSaveLeavesThePreviousSaveIntact(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "good");

        var error = assertThrows(UncheckedIOException.class, () -> SaveDirectory.write(target, version -> {
            Files.writeString(version.resolve("variables.index"), "half-written");
            throw new IOException("No space left on device");
        }, Saves.MANIFEST, Replace.SAME_KIND));
        assertTrue(error.getMessage().contains("No space left on device")
                && error.getMessage().contains("is still the current one"), error.getMessage());

        assertEquals("good", Saves.content(target));
        assertEquals("M", SaveDirectory.read(target).manifest().model());
        assertEquals(List.of("save"), Saves.entries(dir), "nothing next to the save");
        assertEquals(List.of("1", "current.json"), Saves.entries(target), "no staging left behind");
    }

    /** A second save becomes version 2 through the pointer; version 1 is deleted after the switch. */
    @Test
    void aNewSaveReplacesTheOldOneThroughThePointer(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "first");
        Saves.write(target, "second");
        assertEquals("second", Saves.content(target));
        assertEquals(target.resolve("2"), SaveDirectory.currentVersion(target));
        assertEquals(List.of("2", "current.json"), Saves.entries(target));
    }

    @Test
    void aDirectoryWithoutPointerIsNotASave(@TempDir Path dir) {
        var error = assertThrows(IllegalArgumentException.class, () -> SaveDirectory.read(dir));
        assertEquals("No Lamina save at " + dir.toAbsolutePath() + ": current.json is missing", error.getMessage());
    }

    /**
     * The longest legal name (255 bytes on Linux, macOS and Windows file systems) takes a save:
     * staging happens inside the directory, never in a sibling whose name adds to the user's.
     */
    @Test
    void aDirectoryNameOf255BytesCanBeSavedAndReplaced(@TempDir Path dir) throws Exception {
        String name = "é".repeat(127) + "x"; // 2 × 127 + 1 = 255 bytes in UTF-8
        assertEquals(255, name.getBytes(StandardCharsets.UTF_8).length);
        Path target = dir.resolve(name);
        Saves.write(target, "first");
        Saves.write(target, "second");
        assertEquals("second", Saves.content(target));
    }

    /** What killed commits leave (a staging directory, a half-removed version, a pointer being written) goes with the next save. */
    @Test
    void leftoversOfKilledCommitsAreRemovedByTheNextSave(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "first");
        Path staging = Files.createDirectory(target.resolve(SaveDirectoryContents.STAGING_PREFIX + "dead"));
        Files.write(staging.resolve("variables.data-00000-of-00001"), new byte[1 << 20]);
        Files.createDirectory(target.resolve(SaveDirectoryContents.REMOVING_PREFIX + "dead"));
        Files.writeString(target.resolve(SavePointer.TEMPORARY_PREFIX + "dead"), "{");
        assertEquals("first", Saves.content(target), "leftovers do not disturb a load");

        Saves.write(target, "second");
        assertEquals(List.of("2", "current.json"), Saves.entries(target));
    }

    /** A version the pointer no longer names (its deletion killed) is removed by the next load. */
    @Test
    void aSupersededVersionIsRemovedByTheNextLoad(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "first");
        Path stranded = dir.resolve("copy-of-1");
        copy(target.resolve("1"), stranded);
        Saves.write(target, "second");
        Files.move(stranded, target.resolve("1"));
        assertEquals(List.of("1", "2", "current.json"), Saves.entries(target));

        assertEquals("second", Saves.content(target));
        assertEquals(List.of("2", "current.json"), Saves.entries(target));
    }

    /** A first save killed after placing its version, before the pointer existed: the next save takes the directory. */
    @Test
    void aFirstSaveKilledBeforeItsPointerLeavesADirectoryTheNextSaveTakes(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "first");
        Files.delete(target.resolve(SavePointer.FILE_NAME));
        assertThrows(IllegalArgumentException.class, () -> SaveDirectory.read(target));

        Saves.write(target, "second");
        assertEquals("second", Saves.content(target));
        assertFalse(Files.exists(target.resolve("1")));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectory(to);
        for (String name : Saves.entries(from)) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }
}
