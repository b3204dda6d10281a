package dev.lamina.runtime.io;

import java.nio.file.Path;

/**
 * Run in a child JVM: writes a save whose data file holds "new" over the save at {@code args[0]},
 * and halts the JVM (no cleanup, no shutdown hooks: as {@code kill -9}) when the commit reaches
 * the step {@code args[1]}, or finishes normally for "NONE".
 */
public final class KilledCommit {
    private KilledCommit() {}

    public static void main(String[] args) {
        String stopAt = args[1];
        SaveDirectory.commitHook = step -> {
            if (step.name().equals(stopAt)) {
                Runtime.getRuntime().halt(137);
            }
        };
        Saves.write(Path.of(args[0]), "new");
    }
}
