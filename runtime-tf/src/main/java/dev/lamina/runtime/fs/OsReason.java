package dev.lamina.runtime.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The operating system's reason for a failed file operation, in words, for messages. Java's
 * {@link FileSystemException} subclasses carry the path as their message and the reason in their
 * type ({@link AccessDeniedException} has no reason text at all), so a message built from
 * {@code e.getMessage()} repeats the path and loses the why; this names the why.
 */
public final class OsReason {
    private OsReason() {}

    /** Why {@code e} happened: "permission denied", "File name too long", "Read-only file system", … */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return reasonOr(e, "permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return reasonOr(e, "no such file or directory");
        }
        if (e instanceof FileAlreadyExistsException) {
            return reasonOr(e, "a file of that name exists");
        }
        if (e instanceof NotDirectoryException) {
            return reasonOr(e, "not a directory");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return reasonOr(e, "the directory is not empty");
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String reasonOr(IOException e, String fallback) {
        String reason = ((FileSystemException) e).getReason();
        return reason != null ? reason : fallback;
    }
}
