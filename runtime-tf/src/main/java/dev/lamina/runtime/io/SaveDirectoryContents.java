package dev.lamina.runtime.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * What an existing save or export directory holds, entry by entry, and which entries are Lamina's
 * own: the pointer ({@value SavePointer#FILE_NAME}), numbered version directories (each holding a
 * manifest or a {@code saved_model.pb}), and the hidden leftovers of interrupted commits
 * ({@value #STAGING_PREFIX}…, {@value #REMOVING_PREFIX}…, a pointer being written). Anything else
 * is the user's, and makes the directory one that is never replaced.
 */
final class SaveDirectoryContents {
    /** A version being written, inside the save directory. */
    static final String STAGING_PREFIX = ".staging-";
    /** An old version being deleted: renamed first, so a half-deleted one is never taken for a version. */
    static final String REMOVING_PREFIX = ".removing-";

    private final Path directory;
    private final SavePointer pointer;
    private final List<Long> versions;
    private final List<Path> leftovers;
    private final List<String> foreign;

    private SaveDirectoryContents(Path directory, SavePointer pointer, List<Long> versions, List<Path> leftovers,
            List<String> foreign) {
        this.directory = directory;
        this.pointer = pointer;
        this.versions = versions;
        this.leftovers = leftovers;
        this.foreign = foreign;
    }

    /** Reads the entries of {@code directory}, which exists. */
    static SaveDirectoryContents of(Path directory) throws IOException {
        List<Long> versions = new ArrayList<>();
        List<Path> leftovers = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.equals(SavePointer.FILE_NAME) && Files.isRegularFile(entry)) {
                continue;
            }
            if (name.startsWith(SavePointer.TEMPORARY_PREFIX) && Files.isRegularFile(entry)
                    || (name.startsWith(STAGING_PREFIX) || name.startsWith(REMOVING_PREFIX)) && Files.isDirectory(entry)) {
                leftovers.add(entry);
            } else if (isVersion(entry)) {
                versions.add(Long.parseLong(name));
            } else {
                foreign.add(name);
            }
        }
        // Versions without a pointer are those of a first commit killed before its switch.
        SavePointer pointer = SavePointer.read(directory);
        return new SaveDirectoryContents(directory, pointer, versions, leftovers, foreign);
    }

    /**
     * Fails unless a {@code kind} may be written here: the directory must hold nothing of the
     * user's, and be empty or of the same kind (or of either, with {@link Replace#SAVE_OR_EXPORT}).
     */
    void requireReplaceableBy(SaveKind kind, Replace replace) {
        if (!foreign.isEmpty()) {
            throw new IllegalArgumentException(directory + " holds " + names(foreign) + ", which "
                    + (foreign.size() == 1 ? "is" : "are") + " not part of a Lamina save or export; writing "
                    + kind.description() + " there would delete " + (foreign.size() == 1 ? "it" : "them")
                    + ". Choose another directory, or move " + (foreign.size() == 1 ? "it" : "them") + " out first.");
        }
        if (pointer != null && !Files.isDirectory(pointer.versionIn(directory))) {
            throw new CorruptSaveException(directory.resolve(SavePointer.FILE_NAME), "it names version " + pointer.version()
                    + ", which is missing; it is not replaced automatically: delete the directory to reuse it");
        }
        if (pointer != null && pointer.kind() != kind && replace != Replace.SAVE_OR_EXPORT) {
            throw new IllegalArgumentException(directory + " holds " + pointer.kind().description() + "; writing "
                    + kind.description() + " there would replace it. Pass Replace.SAVE_OR_EXPORT to replace it, or"
                    + " choose another directory.");
        }
    }

    /** The name of the next version: one above every version present. */
    long nextVersion() {
        long highest = pointer == null ? 0 : pointer.version();
        for (long version : versions) {
            highest = Math.max(highest, version);
        }
        return highest + 1;
    }

    /** Deletes what interrupted commits left: staging directories, half-removed versions, pointers being written. */
    void removeLeftovers() throws IOException {
        for (Path leftover : leftovers) {
            deleteRecursively(leftover);
        }
    }

    /**
     * Deletes every version but {@code keep}, each renamed aside first (see {@link #REMOVING_PREFIX}).
     * Failures are ignored: {@code keep} is already current, and the next save retries.
     */
    void removeVersionsButQuietly(long keep) {
        for (long version : versions) {
            if (version != keep) {
                try {
                    remove(directory.resolve(Long.toString(version)));
                } catch (IOException ignored) {
                    // An old version left behind; harmless, and removed by the next save.
                }
            }
        }
    }

    /**
     * Deletes the versions older than the current one, which no commit can still be writing (a
     * commit under way adds a newer one): what a load tidies after a commit killed before it
     * finished. Failures are ignored, so a read-only save still loads.
     */
    void removeSupersededQuietly() {
        if (pointer == null) {
            return;
        }
        for (long version : versions) {
            if (version < pointer.version()) {
                try {
                    remove(directory.resolve(Long.toString(version)));
                } catch (IOException ignored) {
                    // A leftover old version; the current one is whole, and the next save retries.
                }
            }
        }
    }

    private void remove(Path version) throws IOException {
        Path aside = directory.resolve(REMOVING_PREFIX + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
        Files.move(version, aside, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(aside);
    }

    /** A numbered directory holding a manifest or a SavedModel: a version a commit wrote. */
    private static boolean isVersion(Path entry) {
        String name = entry.getFileName().toString();
        return name.matches("[1-9][0-9]{0,17}") && Files.isDirectory(entry)
                && (Files.isRegularFile(entry.resolve(SaveManifest.FILE_NAME))
                || Files.isRegularFile(entry.resolve("saved_model.pb")));
    }

    /** "a.txt", "a.txt and b.txt", "a.txt, b.txt, c.txt and 4 more". */
    private static String names(List<String> names) {
        int shown = Math.min(names.size(), 5);
        List<String> quoted = names.subList(0, shown).stream().map(name -> "'" + name + "'").toList();
        if (names.size() > shown) {
            return String.join(", ", quoted) + " and " + (names.size() - shown) + " more";
        }
        if (shown == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, shown - 1)) + " and " + quoted.get(shown - 1);
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
