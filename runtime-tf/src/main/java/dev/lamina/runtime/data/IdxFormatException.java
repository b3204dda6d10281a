package dev.lamina.runtime.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a valid IDX file of unsigned bytes: bad magic number, unsupported element
 * type, impossible dimensions, truncated or with trailing bytes. It is an {@link IOException}
 * because, to the caller, a corrupt file is one more way reading can fail; it names the file so
 * that the message alone says which one to replace.
 */
public final class IdxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    IdxFormatException(Path file, String problem) {
        super("file " + file + " " + problem);
        this.file = file;
    }

    IdxFormatException(Path file, String problem, Throwable cause) {
        super("file " + file + " " + problem, cause);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
