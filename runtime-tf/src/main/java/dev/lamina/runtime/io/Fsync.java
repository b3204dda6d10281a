package dev.lamina.runtime.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Forces written data to the storage device, so that what a rename makes visible survives a
 * power cut: a file's content before the rename that publishes it, a directory's entries after
 * a file was created, renamed or removed in it (POSIX makes a rename durable only once the
 * directory itself is synced).
 */
final class Fsync {
    private Fsync() {}

    /** Syncs a regular file's content and metadata. */
    static void file(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Syncs a directory's entries. Opening a directory for reading is how Linux and macOS sync one;
     * on platforms that refuse (Windows), the rename is already durable and nothing is needed.
     */
    static void directory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (isPosix()) {
                throw e;
            }
        }
    }

    /** Syncs every file under {@code root}, then every directory, deepest first. */
    static void tree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                file(path);
            }
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            if (Files.isDirectory(paths.get(i))) {
                directory(paths.get(i));
            }
        }
    }

    private static boolean isPosix() {
        return !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
