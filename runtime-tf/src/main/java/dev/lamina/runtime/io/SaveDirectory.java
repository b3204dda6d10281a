package dev.lamina.runtime.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a save (or export) so that its directory always resolves to a complete one, and reads a
 * save back only when it is whole. The design is that of TensorFlow's checkpoint manager: new
 * files under a new name, then one atomic switch of a small pointer file.
 *
 * <p>A save directory holds numbered version directories and {@value SavePointer#FILE_NAME},
 * which names the current one. A commit: (1) refuses a directory holding anything not Lamina's, or
 * a save of the other kind; (2) deletes what killed commits left; (3) writes the new version into a
 * hidden staging directory inside the save directory (so no name grows longer than the user's),
 * with the manifest last, and syncs every file and directory of it; (4) renames it to the next
 * number and syncs the save directory; (5) replaces the pointer (temporary file, sync, rename,
 * sync of the directory); (6) deletes the older versions. Until (5) the old version is current;
 * from (5) on the new one is; a crash at any point leaves one of them, whole and synced.
 */
public final class SaveDirectory {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The points between the commit's steps, where a test stops the process. */
    enum CommitStep { STAGED, VERSION_PLACED, POINTER_SWITCHED }

    /** Called at each {@link CommitStep}; tests replace it to simulate a crash there. */
    static volatile java.util.function.Consumer<CommitStep> commitHook = step -> {};

    private SaveDirectory() {}

    /** What fills a new version's directory (for a save, the data files: the manifest is added after). */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path version) throws IOException;
    }

    /** A save as read: the current version's directory and its verified manifest. */
    public record Loaded(Path files, SaveManifest manifest) {}

    /**
     * Writes a save at {@code target}: {@code contents} writes the data files, the manifest is
     * added with their checksums, and the whole becomes the current version.
     */
    public static void write(Path target, Contents contents, SaveManifest manifest, Replace replace) {
        commit(target, SaveKind.SAVE, replace, version -> {
            contents.writeTo(version);
            ObjectNode json = JSON.valueToTree(manifest);
            json.set("checksums", JSON.valueToTree(checksums(version)));
            Files.write(version.resolve(SaveManifest.FILE_NAME), JSON.writeValueAsBytes(json));
        });
    }

    /** Writes an export at {@code target}: {@code contents} fills the new version, which becomes current. */
    public static void writeExport(Path target, Contents contents, Replace replace) {
        commit(target, SaveKind.EXPORT, replace, contents);
    }

    /**
     * The current version's directory of the save or export at {@code directory}: where a SavedModel
     * export's {@code saved_model.pb} is, for {@code SavedModelBundle.load}.
     */
    public static Path currentVersion(Path directory) {
        try {
            SavePointer pointer = SavePointer.read(directory.toAbsolutePath());
            if (pointer == null) {
                throw new IllegalArgumentException(noSave(directory.toAbsolutePath()));
            }
            return pointer.versionIn(directory.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and verifies the save at {@code directory}: the pointer names a version, the manifest
     * matches the pointer's checksum and parses, and every data file matches the manifest's.
     * Versions older than the current one (left by a commit killed before it finished) are deleted.
     */
    public static Loaded read(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            SavePointer pointer = Files.isDirectory(absolute) ? SavePointer.read(absolute) : null;
            if (pointer == null) {
                throw new IllegalArgumentException(noSave(absolute));
            }
            if (pointer.kind() != SaveKind.SAVE) {
                throw new IllegalArgumentException(absolute + " holds " + pointer.kind().description()
                        + ", which serves predictions but cannot be loaded for training; load a directory written by save");
            }
            Path version = pointer.versionIn(absolute);
            Path manifestFile = version.resolve(SaveManifest.FILE_NAME);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(manifestFile);
            } catch (NoSuchFileException e) {
                throw new CorruptSaveException(manifestFile, "the manifest of the current version is missing");
            }
            String sha = sha256(bytes);
            if (!sha.equals(pointer.manifestSha256())) {
                throw new CorruptSaveException(manifestFile, "its SHA-256 is " + sha + ", " + SavePointer.FILE_NAME
                        + " recorded " + pointer.manifestSha256());
            }
            SaveManifest manifest = ManifestReader.parse(manifestFile, bytes);
            verifyChecksums(version, manifest);
            SaveDirectoryContents.of(absolute).removeSupersededQuietly();
            return new Loaded(version, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the save at " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void commit(Path target, SaveKind kind, Replace replace, Contents contents) {
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = null;
        try {
            createIfAbsent(absolute);
            SaveDirectoryContents existing = SaveDirectoryContents.of(absolute);
            existing.requireReplaceableBy(kind, replace);
            existing.removeLeftovers();
            staging = Files.createDirectory(absolute.resolve(SaveDirectoryContents.STAGING_PREFIX
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())));
            contents.writeTo(staging);
            Fsync.tree(staging);
            commitHook.accept(CommitStep.STAGED);
            long version = existing.nextVersion();
            Path placed = absolute.resolve(Long.toString(version));
            Files.move(staging, placed, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            Fsync.directory(absolute);
            commitHook.accept(CommitStep.VERSION_PLACED);
            String manifestSha = kind == SaveKind.SAVE ? sha256(Files.readAllBytes(placed.resolve(SaveManifest.FILE_NAME))) : null;
            new SavePointer(SaveManifest.FORMAT, kind, version, manifestSha).writeTo(absolute);
            commitHook.accept(CommitStep.POINTER_SWITCHED);
            existing.removeVersionsButQuietly(version);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + absolute + " (the save that was there, if any, is still"
                    + " the current one): " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                try {
                    SaveDirectoryContents.deleteRecursively(staging);
                } catch (IOException ignored) {
                    // A hidden leftover inside the save directory; the next save removes it.
                }
            }
        }
    }

    /** Creates {@code directory} (and its parents) if absent, syncing the parent so the new entry is durable. */
    private static void createIfAbsent(Path directory) throws IOException {
        if (Files.exists(directory)) {
            if (!Files.isDirectory(directory)) {
                throw new FileAlreadyExistsException(directory.toString(), null,
                        "it exists and is not a directory; choose another location");
            }
            return;
        }
        Files.createDirectories(directory.getParent());
        try {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException e) {
            return; // made meanwhile; inspected next like any existing directory
        }
        Fsync.directory(directory.getParent());
    }

    private static void verifyChecksums(Path version, SaveManifest manifest) throws IOException {
        Map<String, String> actual = checksums(version);
        for (Map.Entry<String, String> expected : manifest.checksums().entrySet()) {
            String found = actual.get(expected.getKey());
            if (found == null) {
                throw new CorruptSaveException(version.resolve(expected.getKey()), "the file is missing");
            }
            if (!found.equals(expected.getValue())) {
                throw new CorruptSaveException(version.resolve(expected.getKey()),
                        "its SHA-256 is " + found + ", the save recorded " + expected.getValue());
            }
        }
    }

    private static String noSave(Path directory) {
        if (Files.isRegularFile(directory.resolve(SaveManifest.FILE_NAME))) {
            return "No save that this version of Lamina reads at " + directory + ": it holds " + SaveManifest.FILE_NAME
                    + " but no " + SavePointer.FILE_NAME + ", the layout of an earlier version (format 1); this runtime"
                    + " reads format " + SaveManifest.FORMAT;
        }
        return "No Lamina save at " + directory + ": " + SavePointer.FILE_NAME + " is missing";
    }

    private static Map<String, String> checksums(Path directory) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(SaveManifest.FILE_NAME)) {
                    sums.put(name, sha256(file));
                }
            }
        }
        return sums;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
