package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit killed between each of its steps, in a child JVM halted there (as {@code kill -9}:
 * no cleanup runs): the directory then loads as the old save or the new one, never as none, and
 * the next save leaves only itself behind.
 */
class SaveCommitCrashTest {
    @ParameterizedTest(name = "killed at {0}: the save holds \"{1}\", exit {2}")
    @CsvSource({"STAGED, old, 137", "VERSION_PLACED, old, 137", "POINTER_SWITCHED, new, 137", "NONE, new, 0"})
    void aKilledCommitLeavesTheOldOrTheNewSave(String step, String expected, int exitCode, @TempDir Path dir)
            throws Exception {
        Path target = dir.resolve("save");
        Saves.write(target, "old");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledCommit.class.getName(), target.toString(), step)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(exitCode, child.exitValue(), output);

        assertEquals(expected, Saves.content(target));
        Saves.write(target, "next");
        assertEquals("next", Saves.content(target));
        assertEquals(2, Saves.entries(target).size(), "one version and the pointer: " + Saves.entries(target));
        assertEquals(List.of("save"), Saves.entries(dir));
    }
}
