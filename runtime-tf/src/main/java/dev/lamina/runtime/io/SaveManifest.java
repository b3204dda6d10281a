package dev.lamina.runtime.io;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param classNames the class names of a classifier trained on text labels, name {@code k} for
 *     class {@code k}; optional: empty (and absent from the file) when the classes have none
 */
public record SaveManifest(int format, String model, long seed, int epochsCompleted, List<SavedVariable> variables,
        Map<String, String> checksums, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> classNames) {

    public SaveManifest {
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
    }

    /** A manifest without class names. */
    public SaveManifest(int format, String model, long seed, int epochsCompleted, List<SavedVariable> variables,
            Map<String, String> checksums) {
        this(format, model, seed, epochsCompleted, variables, checksums, List.of());
    }

    /** The same manifest with the save's file checksums. */
    public SaveManifest withChecksums(Map<String, String> fileChecksums) {
        return new SaveManifest(format, model, seed, epochsCompleted, variables, fileChecksums, classNames);
    }

    public static final int FORMAT = 1;
    public static final String FILE_NAME = "model.json";

    /**
     * @param path the variable's path ({@code hidden1/kernel})
     * @param shape its shape
     */
    public record SavedVariable(String path, long[] shape) {}
}
