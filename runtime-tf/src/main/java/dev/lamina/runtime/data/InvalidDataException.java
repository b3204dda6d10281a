package dev.lamina.runtime.data;

import java.nio.file.Path;

/**
 * A data set was found but one of its files cannot be used: unreadable, truncated, corrupt, or
 * inconsistent with what the data set promises (wrong count, wrong image size, a label out of
 * range). The message names the file, so the user knows which one to replace.
 *
 * <p>Unchecked, like {@link DataNotFoundException}: training must stop, not continue on partial
 * data, and no caller can repair the file.
 */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    InvalidDataException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
