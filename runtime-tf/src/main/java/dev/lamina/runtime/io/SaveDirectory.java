package dev.lamina.runtime.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a save atomically and reads it back only when it is whole.
 *
 * <p>Writing: every file goes into a fresh hidden sibling directory; {@code model.json}, holding
 * the checksums of the others, is written last; then the finished directory takes the target's
 * place by renames within the same parent (the previous save, if any, is moved aside first and
 * deleted only once the new one is in place). A failure at any point leaves the previous save
 * where it was. Reading: the manifest is parsed and every checksum verified before the caller
 * loads anything.
 */
public final class SaveDirectory {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SaveDirectory() {}

    /** What fills a save's staging directory with the data files, before the manifest is written. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path staging) throws IOException;
    }

    /**
     * Writes a save at {@code target}: {@code contents} writes the data files, then the manifest
     * (with their checksums filled in) is added, then the whole replaces {@code target}.
     */
    public static void write(Path target, Contents contents, SaveManifest manifest) {
        writeAtomically(target, staging -> {
            contents.writeTo(staging);
            SaveManifest complete = manifest.withChecksums(checksums(staging));
            JSON.writeValue(staging.resolve(SaveManifest.FILE_NAME).toFile(), complete);
        });
    }

    /**
     * Fills a fresh directory with {@code contents} and puts it in place of {@code target}, which
     * must be absent, empty, or an earlier save: a failure leaves {@code target} as it was.
     */
    public static void writeAtomically(Path target, Contents contents) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        refuseToReplaceForeign(absolute);
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = AtomicFiles.newSiblingDirectory(absolute, "saving");
            contents.writeTo(staging);
            commit(staging, absolute);
            staging = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + absolute + " (what was there is unchanged): "
                    + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteRecursively(staging);
            }
        }
    }

    /**
     * Reads and verifies the save at {@code directory}: the manifest parses, lists a checksum for
     * every data file, and every file matches it.
     */
    public static SaveManifest read(Path directory) {
        Path manifestFile = directory.resolve(SaveManifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException("No Lamina save at " + directory.toAbsolutePath() + ": "
                    + SaveManifest.FILE_NAME + " is missing");
        }
        SaveManifest manifest;
        try {
            manifest = JSON.readValue(manifestFile.toFile(), SaveManifest.class);
        } catch (IOException e) {
            throw new CorruptSaveException(manifestFile, "it cannot be parsed (" + e.getMessage() + ")");
        }
        if (manifest.format() != SaveManifest.FORMAT) {
            throw new IllegalArgumentException("The save at " + directory.toAbsolutePath() + " has format "
                    + manifest.format() + "; this runtime reads format " + SaveManifest.FORMAT);
        }
        Map<String, String> actual;
        try {
            actual = checksums(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the save at " + directory.toAbsolutePath(), e);
        }
        for (Map.Entry<String, String> expected : manifest.checksums().entrySet()) {
            String found = actual.get(expected.getKey());
            if (found == null) {
                throw new CorruptSaveException(directory.resolve(expected.getKey()), "the file is missing");
            }
            if (!found.equals(expected.getValue())) {
                throw new CorruptSaveException(directory.resolve(expected.getKey()),
                        "its SHA-256 is " + found + ", the save recorded " + expected.getValue());
            }
        }
        return manifest;
    }

    /** Moves {@code staging} to {@code target}, moving a previous save aside first and deleting it last. */
    static void commit(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path previous = AtomicFiles.newSiblingDirectory(target, "previous");
        Files.delete(previous);
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteRecursively(previous);
    }

    /** Only a Lamina save or SavedModel export (or an empty directory) may be replaced: never a directory of someone's files. */
    private static void refuseToReplaceForeign(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new UncheckedIOException(new FileAlreadyExistsException(target + " exists and is not a directory;"
                    + " choose another save location"));
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.exists(target.resolve(SaveManifest.FILE_NAME))
                    && !Files.exists(target.resolve("saved_model.pb"))) {
                throw new IllegalArgumentException(target + " holds files but is not a Lamina save or export;"
                        + " writing there would replace them. Choose another location.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot inspect " + target, e);
        }
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
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover hidden directory next to the save; the save itself is consistent.
        }
    }
}
