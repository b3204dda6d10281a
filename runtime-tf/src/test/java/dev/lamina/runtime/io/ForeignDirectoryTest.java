package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory is replaced only when it is empty or provably Lamina's; otherwise nothing in it is touched. */
class ForeignDirectoryTest {
    /** The fault: a model.json next to a user's files made the whole directory count as a save, and it was deleted. */
    @Test
    void aModelJsonBesideOtherFilesIsNotReplaced(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("project"));
        Files.writeString(target.resolve("model.json"), "{\"format\":1}");
        Files.writeString(target.resolve("README"), "notes");
        Files.writeString(target.resolve("keep-me.txt"), "keep");

        var error = assertThrows(IllegalArgumentException.class, () -> Saves.write(target, "data"));
        assertTrue(error.getMessage().contains("holds 'README', 'keep-me.txt' and 'model.json', which are not part of"
                + " a Lamina save or export"), error.getMessage());
        assertEquals(List.of("README", "keep-me.txt", "model.json"), Saves.entries(target));
        assertEquals("keep", Files.readString(target.resolve("keep-me.txt")));
    }

    @Test
    void aSavedModelPbBesideOtherFilesIsNotReplaced(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("exported"));
        Files.writeString(target.resolve("saved_model.pb"), "graph");
        Files.writeString(target.resolve("weights.bin"), "mine");
        assertThrows(IllegalArgumentException.class, () -> SaveDirectory.writeExport(target,
                version -> Files.writeString(version.resolve("saved_model.pb"), "new"), Replace.SAVE_OR_EXPORT));
        assertEquals(List.of("saved_model.pb", "weights.bin"), Saves.entries(target));
    }

    /** A user's file put into a save directory afterwards makes it the user's again: the next save refuses. */
    @Test
    void aSaveDirectoryWithAnAddedFileIsNotReplaced(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "first");
        Files.writeString(target.resolve("notes.txt"), "mine");
        var error = assertThrows(IllegalArgumentException.class, () -> Saves.write(target, "second"));
        assertTrue(error.getMessage().contains("'notes.txt'"), error.getMessage());
        assertEquals("first", Saves.content(target));
    }

    @Test
    void aFileIsNotReplaced(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("model"), "a file");
        assertThrows(java.io.UncheckedIOException.class, () -> Saves.write(target, "data"));
        assertEquals("a file", Files.readString(target));
    }

    @Test
    void anEmptyDirectoryIsUsed(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("empty"));
        Saves.write(target, "data");
        assertEquals("data", Saves.content(target));
    }

    /** An export over a save (and a save over an export) is refused unless asked for. */
    @Test
    void theOtherKindIsReplacedOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("model");
        Saves.write(target, "data");
        SaveDirectory.Contents export = version -> Files.writeString(version.resolve("saved_model.pb"), "graph");

        var error = assertThrows(IllegalArgumentException.class,
                () -> SaveDirectory.writeExport(target, export, Replace.SAME_KIND));
        assertTrue(error.getMessage().contains("holds a Lamina save; writing a SavedModel export there would replace it."
                + " Pass Replace.SAVE_OR_EXPORT"), error.getMessage());
        assertEquals("data", Saves.content(target));

        SaveDirectory.writeExport(target, export, Replace.SAVE_OR_EXPORT);
        assertEquals("graph", Files.readString(SaveDirectory.currentVersion(target).resolve("saved_model.pb")));
        var refused = assertThrows(IllegalArgumentException.class, () -> Saves.write(target, "data"));
        assertTrue(refused.getMessage().contains("holds a SavedModel export"), refused.getMessage());
        var notLoadable = assertThrows(IllegalArgumentException.class, () -> SaveDirectory.read(target));
        assertTrue(notLoadable.getMessage().contains("cannot be loaded for training"), notLoadable.getMessage());
    }
}
