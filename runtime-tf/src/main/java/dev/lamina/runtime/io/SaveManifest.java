package dev.lamina.runtime.io;

import java.util.List;
import java.util.Map;

/**
 * {@code model.json}, the description of a save: which model wrote it, the variables it holds
 * (so a save from another model definition is rejected before anything is loaded, naming the
 * first layer that differs), the training counters, and a SHA-256 checksum of every other file
 * (so a corrupted or truncated save is detected, never half-loaded).
 *
 * @param format the save format's version
 * @param model the model interface's name
 * @param seed the seed of the run
 * @param epochsCompleted epochs trained so far, over the model's life
 * @param variables every layer variable, in layer order
 * @param checksums SHA-256 (hex) of each file of the save, by file name
 */
public record SaveManifest(int format, String model, long seed, int epochsCompleted, List<SavedVariable> variables,
        Map<String, String> checksums) {

    public static final int FORMAT = 1;
    public static final String FILE_NAME = "model.json";

    /**
     * @param path the variable's path ({@code hidden1/kernel})
     * @param shape its shape
     */
    public record SavedVariable(String path, long[] shape) {}
}
