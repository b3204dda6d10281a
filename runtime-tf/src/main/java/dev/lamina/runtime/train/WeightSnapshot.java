package dev.lamina.runtime.train;

import dev.lamina.runtime.layer.Weight;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The values of a model's layer variables at one moment (kernels, biases, and state such as
 * moving statistics; not the optimizer's slots), keyed by path: Keras's {@code get_weights}.
 */
public final class WeightSnapshot {
    private final Map<String, float[]> values;

    WeightSnapshot(Map<String, float[]> values) {
        this.values = new LinkedHashMap<>(values);
    }

    /** A snapshot of the given values, by path (what {@link #asMap()} returned). */
    public static WeightSnapshot of(Map<String, float[]> values) {
        return new WeightSnapshot(values);
    }

    /** Every variable's values, by path in layer order: unmodifiable, the arrays themselves. */
    public Map<String, float[]> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** The variable paths, in layer order. */
    public Set<String> paths() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** A copy of one variable's values, flattened row-major. */
    public float[] get(String path) {
        Objects.requireNonNull(path, "path");
        float[] value = values.get(path);
        if (value == null) {
            throw new IllegalArgumentException("No variable '" + path + "' in this snapshot; it has " + values.keySet());
        }
        return value.clone();
    }

    /**
     * The values of {@code weights}, in their order, each checked to be in the snapshot with the
     * weight's size; fails naming the first that is not (so nothing is assigned).
     */
    List<float[]> valuesOf(List<Weight> weights, String model) {
        for (Weight weight : weights) {
            float[] value = values.get(weight.path());
            if (value == null || value.length != weight.shape().size()) {
                throw new IllegalArgumentException(model + ": the snapshot has "
                        + (value == null ? "no '" + weight.path() + "'" : value.length + " values for '" + weight.path()
                        + "', which has shape " + weight.shape()) + "; nothing was assigned");
            }
        }
        return weights.stream().map(weight -> values.get(weight.path())).toList();
    }
}
