package dev.lamina.runtime.fs;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** For tests of unreadable and unwritable paths: setting permissions, and skipping where they are not enforced. */
public final class Permissions {
    private Permissions() {}

    /**
     * Skips the test when the file system does not enforce permissions: for the root user (who
     * reads and writes everything, whatever the mode bits say) and on file systems without POSIX
     * permissions.
     */
    public static void assumeEnforced(Path scratch) throws IOException {
        assumeFalse(!Files.getFileStore(scratch).supportsFileAttributeView("posix"),
                "the file system has no POSIX permissions");
        Path probe = Files.createTempFile(scratch, "permission-probe", ".tmp");
        set(probe, "---------");
        boolean readable = Files.isReadable(probe);
        set(probe, "rw-------");
        Files.delete(probe);
        assumeFalse(readable, "permissions are not enforced for this user (root reads every file)");
    }

    /** Sets {@code path}'s POSIX permissions, e.g. {@code "r-x------"}. */
    public static void set(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
}
