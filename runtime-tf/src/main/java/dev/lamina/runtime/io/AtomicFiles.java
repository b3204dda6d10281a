package dev.lamina.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written so that a reader never sees half of one: the content goes to a hidden sibling,
 * which is synced and then renamed over the target, and the directory is synced (so the new
 * content survives a power cut once this returns). Siblings are created with the user's default permissions
 * (unlike {@code Files.createTempFile}, whose files only their owner can read).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes what {@code content} writes to the stream, as {@code target}, atomically. */
    public static void write(Path target, Content content) {
        Path sibling = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            sibling = newSibling(target, "tmp");
            try (OutputStream out = Files.newOutputStream(sibling, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            Fsync.file(sibling);
            Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            sibling = null;
            Fsync.directory(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target.toAbsolutePath()
                    + " (the previous version, if any, is left as it was): " + e.getMessage(), e);
        } finally {
            deleteQuietly(sibling);
        }
    }

    /** What fills a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path newSibling(Path target, String purpose) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + purpose + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Only a hidden leftover; the target is consistent.
            }
        }
    }
}
