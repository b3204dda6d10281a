package dev.lamina.runtime.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a model's layer variables at one moment (kernels, biases, and state such as
 * moving statistics; not the optimizer's slots), keyed by path: Keras's {@code get_weights}.
 */
public final class WeightSnapshot {
    private final Map<String, float[]> values;

    WeightSnapshot(Map<String, float[]> values) {
        this.values = new LinkedHashMap<>(values);
    }

    /** The variable paths, in layer order. */
    public java.util.Set<String> paths() {
        return java.util.Collections.unmodifiableSet(values.keySet());
    }

    /** A copy of one variable's values, flattened row-major. */
    public float[] get(String path) {
        float[] value = values.get(path);
        if (value == null) {
            throw new IllegalArgumentException("No variable '" + path + "' in this snapshot; it has " + values.keySet());
        }
        return value.clone();
    }

    float[] valueOrNull(String path) {
        return values.get(path);
    }
}
