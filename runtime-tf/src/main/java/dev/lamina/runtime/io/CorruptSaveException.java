package dev.lamina.runtime.io;

import java.nio.file.Path;

/** A save whose files do not match its manifest: truncated, modified or incomplete. Nothing was loaded. */
public final class CorruptSaveException extends RuntimeException {
    private final Path file;

    public CorruptSaveException(Path file, String reason) {
        super("The save is damaged: " + file.toAbsolutePath() + ": " + reason + ". Nothing was loaded.");
        this.file = file;
    }

    /** The file that failed the check. */
    public Path file() {
        return file;
    }
}
