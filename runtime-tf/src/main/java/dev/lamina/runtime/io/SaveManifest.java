package dev.lamina.runtime.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code model.json}, the description of a save: which model wrote it, the variables it holds
 * (so a save from another model definition is rejected before anything is loaded, naming the
 * first layer that differs), the optimizer whose state it holds, the training counters and, for
 * a save made during a {@code fit}, where that fit stood; and a SHA-256 checksum of every other
 * file (so a corrupted or truncated save is detected, never half-loaded). The manifest itself is
 * covered by the checksum in the save's pointer file ({@link SavePointer}).
 *
 * <p>An optional field is a nullable component, left out of the file when null: adding one keeps
 * every earlier save readable.
 *
 * @param format the save format's version
 * @param model the model interface's name
 * @param seed the seed of the run
 * @param epochsCompleted epochs trained so far, over the model's life
 * @param learningRate the model's own rate (the one a step takes without a schedule, as
 *     {@code ReduceLROnPlateau} left it)
 * @param optimizer the optimizer and its state variables
 * @param variables every layer variable, in layer order
 * @param fit where the fit under way stood, for a save made during one; null otherwise
 * @param checksums SHA-256 (hex) of each file of the save, by file name
 * @param classNames the class names of a classifier trained on text labels, name {@code k} for
 *     class {@code k}; null (and absent from the file) when the classes have none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SaveManifest(int format, String model, long seed, int epochsCompleted, double learningRate,
        OptimizerState optimizer, List<SavedVariable> variables, FitProgress fit, Map<String, String> checksums,
        List<String> classNames) {

    public static final int FORMAT = 2;
    public static final String FILE_NAME = "model.json";

    /**
     * @param path the variable's path ({@code hidden1/kernel})
     * @param shape its shape
     */
    public record SavedVariable(String path, long[] shape) {}

    /**
     * @param kind the optimizer's class ({@code Adam}, {@code Sgd}, …)
     * @param slots its state variables, relative to {@code optimizer/} ({@code hidden1/kernel/m}), sorted
     */
    public record OptimizerState(String kind, List<String> slots) {}
}
