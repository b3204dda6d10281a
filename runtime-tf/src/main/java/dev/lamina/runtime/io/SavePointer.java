package dev.lamina.runtime.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@value #FILE_NAME}, the small file that says which version directory of a save (or export) is
 * the current one, as the {@code checkpoint} file of TensorFlow's checkpoint manager does. It is
 * the only file a commit replaces, by a rename, so at every instant the directory resolves to one
 * complete version. It also carries the manifest's checksum, so that no byte of a save goes
 * unchecked.
 *
 * @param format the save format's version
 * @param kind a training save or an export
 * @param version the current version: the name of its subdirectory
 * @param manifestSha256 the SHA-256 of the version's {@link SaveManifest}; null for an export
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavePointer(int format, SaveKind kind, long version, String manifestSha256) {
    public static final String FILE_NAME = "current.json";
    /** The prefix of a pointer being written, inside the save directory. */
    static final String TEMPORARY_PREFIX = ".current.json.tmp-";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The current version's directory. */
    public Path versionIn(Path directory) {
        return directory.resolve(Long.toString(version));
    }

    /** The pointer of {@code directory}, or null when it has none. */
    static SavePointer read(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new CorruptSaveException(file, "it cannot be parsed (" + e.getOriginalMessage() + ")");
        }
        JsonFields fields = JsonFields.root(file, root);
        int format = (int) fields.integer("format");
        String kindName = fields.text("kind");
        long version = fields.integer("version");
        SaveKind kind;
        try {
            kind = SaveKind.valueOf(kindName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fields.invalid("kind", "should be SAVE or EXPORT, found \"" + kindName + "\"");
        }
        if (version < 1) {
            throw fields.invalid("version", "should be positive, found " + version);
        }
        String sha = null;
        if (kind == SaveKind.SAVE) {
            sha = fields.text("manifestSha256");
            if (!sha.matches("[0-9a-f]{64}")) {
                throw fields.invalid("manifestSha256", "should be 64 hexadecimal digits, found \"" + sha + "\"");
            }
        }
        if (format != SaveManifest.FORMAT) {
            throw fields.invalid("format", "is " + format + "; this runtime reads format " + SaveManifest.FORMAT);
        }
        return new SavePointer(format, kind, version, sha);
    }

    /**
     * Makes this the pointer of {@code directory}: written to a temporary file, synced, renamed
     * over {@value #FILE_NAME} (atomic: a reader sees the old pointer or the new one), and the
     * directory synced so the rename itself survives a power cut.
     */
    void writeTo(Path directory) throws IOException {
        Path temporary = directory.resolve(TEMPORARY_PREFIX
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
        try {
            Files.write(temporary, JSON.writeValueAsBytes(this), StandardOpenOption.CREATE_NEW);
            Fsync.file(temporary);
            Files.move(temporary, directory.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        Fsync.directory(directory);
    }
}
