package dev.lamina.runtime.train;

import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Target;
import dev.lamina.runtime.data.Dataset;
import java.util.Arrays;
import java.util.List;

/**
 * What a generated model declares besides its layers: the configuration read from {@code @Model}.
 *
 * @param name the model interface's simple name
 * @param inputShape one example's shape, without the batch dimension
 * @param loss the training loss
 * @param metrics the metrics reported next to the loss
 * @param seed the seed of every random choice of the model
 * @param target what the model learns to output: the labels, or its input (an autoencoder)
 */
public record ModelConfig(String name, long[] inputShape, Loss loss, List<Metric> metrics, long seed, Target target) {

    /** A model trained on labels. */
    public ModelConfig(String name, long[] inputShape, Loss loss, List<Metric> metrics, long seed) {
        this(name, inputShape, loss, metrics, seed, Target.LABELS);
    }

    public ModelConfig {
        inputShape = inputShape.clone();
        metrics = List.copyOf(metrics);
        if (inputShape.length == 0 || Arrays.stream(inputShape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException(name + ": expected a non-empty, positive input shape. Received: "
                    + Arrays.toString(inputShape));
        }
    }

    @Override
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** The number of values in one example: the product of {@link #inputShape()}. */
    public int inputSize() {
        return Math.toIntExact(Arrays.stream(inputShape).reduce(1, Math::multiplyExact));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelConfig other
                && name.equals(other.name)
                && Arrays.equals(inputShape, other.inputShape)
                && loss == other.loss
                && metrics.equals(other.metrics)
                && seed == other.seed
                && target == other.target;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(inputShape);
    }

    /**
     * Fails, naming the model, the data's role ({@code "training"}, {@code "validation"}, …) and
     * both shapes, unless {@code data} is non-empty with examples of the model's input shape.
     */
    void checkCompatible(Dataset data, String role) {
        if (!Arrays.equals(data.exampleShape(), inputShape)) {
            throw new IllegalArgumentException(name + " expects " + role + " examples of shape "
                    + Arrays.toString(inputShape) + ". Received: " + Arrays.toString(data.exampleShape()));
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException(name + ": the " + role + " data is empty");
        }
    }

    /**
     * Fails, naming the model, the example's index and both lengths, unless {@code example} holds
     * one example of the model's input shape, flattened.
     */
    void checkExampleLength(float[] example, int index) {
        if (example == null || example.length != inputSize()) {
            throw new IllegalArgumentException(name + " expects examples of " + inputSize() + " values (input shape "
                    + Arrays.toString(inputShape) + ", flattened). Received at index " + index + ": "
                    + (example == null ? "null" : example.length + " values"));
        }
    }

    @Override
    public String toString() {
        return "ModelConfig[name=" + name + ", inputShape=" + Arrays.toString(inputShape) + ", loss=" + loss
                + ", metrics=" + metrics + ", seed=" + seed + ", target=" + target + "]";
    }
}
