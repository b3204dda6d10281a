package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every byte of a save is checked: the manifest by the pointer's checksum, then field by field. */
class ManifestCheckTest {
    /** One changed byte of model.json (the seed: 1 → 7) would change later training; it is damage. */
    @Test
    void aChangedByteInTheManifestIsDamage(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "data");
        Path manifest = SaveDirectory.currentVersion(target).resolve(SaveManifest.FILE_NAME);
        String json = Files.readString(manifest);
        assertTrue(json.contains("\"seed\" : 1,"), json);
        Files.writeString(manifest, json.replace("\"seed\" : 1,", "\"seed\" : 7,"));

        var error = assertThrows(CorruptSaveException.class, () -> SaveDirectory.read(target));
        assertEquals(manifest, error.file());
        assertTrue(error.getMessage().contains("current.json recorded"), error.getMessage());
    }

    @Test
    void aTruncatedManifestIsDamage(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "data");
        Path manifest = SaveDirectory.currentVersion(target).resolve(SaveManifest.FILE_NAME);
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.substring(0, json.length() / 2));
        assertThrows(CorruptSaveException.class, () -> SaveDirectory.read(target));
    }

    /** Malformed manifests whose checksum was updated too: each is damage naming the field, never a NullPointerException. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"format\":1}|field 'model' is missing",
        "null|expected a JSON object, found null",
        "[]|expected a JSON object, found array",
        "{\"format\":2,\"model\":\"M\",\"seed\":1,\"epochsCompleted\":0,\"learningRate\":0.01,"
                + "\"optimizer\":{\"kind\":\"Sgd\",\"slots\":[]},\"checksums\":{}}|field 'variables' is missing",
        "{\"format\":2,\"model\":\"M\",\"seed\":1,\"epochsCompleted\":0,\"learningRate\":0.01,"
                + "\"optimizer\":{\"kind\":\"Sgd\"},\"variables\":[],\"checksums\":{}}|field 'optimizer.slots' is missing",
        "{\"format\":2,\"model\":\"M\",\"seed\":\"one\",\"epochsCompleted\":0}|field 'seed' should be an integer",
        "{\"format\":2,\"model\":\"M\",\"seed\":1,\"epochsCompleted\":0,\"learningRate\":0.01,"
                + "\"optimizer\":{\"kind\":\"Sgd\",\"slots\":[]},\"variables\":[{\"path\":\"d/k\"}],\"checksums\":{}}"
                + "|field 'variables[0].shape' is missing",
        "{\"format\":3,\"model\":\"M\",\"seed\":1,\"epochsCompleted\":0,\"learningRate\":0.01,"
                + "\"optimizer\":{\"kind\":\"Sgd\",\"slots\":[]},\"variables\":[],\"checksums\":{}}"
                + "|field 'format' is 3; this runtime reads format 2",
    })
    void aMalformedManifestIsDamageNamingTheField(String json, String expected, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "data");
        Saves.replaceManifest(target, json);
        var error = assertThrows(CorruptSaveException.class, () -> SaveDirectory.read(target));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    /** The pointer is checked the same way. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "null|expected a JSON object, found null",
        "{\"format\":2,\"kind\":\"SAVE\"}|field 'version' is missing",
        "{\"format\":2,\"kind\":\"BACKUP\",\"version\":1}|field 'kind' should be SAVE or EXPORT",
        "{\"format\":2,\"kind\":\"SAVE\",\"version\":1,\"manifestSha256\":\"abc\"}|field 'manifestSha256' should be 64",
    })
    void aMalformedPointerIsDamageNamingTheField(String json, String expected, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "data");
        Files.writeString(target.resolve(SavePointer.FILE_NAME), json);
        var error = assertThrows(CorruptSaveException.class, () -> SaveDirectory.read(target));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
