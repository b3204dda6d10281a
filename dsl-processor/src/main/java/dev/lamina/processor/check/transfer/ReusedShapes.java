package dev.lamina.processor.check.transfer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the models of one compilation give the layers they reuse: for each reused layer method,
 * the first model checked that has it and the shape of its weights there. Shared by every model
 * the processor checks, so that {@code lamina:reused-shape-mismatch} can compare a model with those
 * before it. Not thread-safe; a compilation processes its models one at a time.
 */
public final class ReusedShapes {
    /** Keyed by the declaring type's qualified name and the method's name: {@code p.FashionBody#hidden1}. */
    private final Map<String, Seen> seen = new HashMap<>();

    /**
     * A reused layer as a model saw it.
     *
     * @param model the model's simple name
     * @param weight the layer's first weight and its shape: {@code kernel (784, 300)}
     */
    record Seen(String model, String weight) {}

    /** The first other model's view of the layer {@code key}, else records {@code model}'s and returns empty. */
    Optional<Seen> compare(String key, String model, String weight) {
        Seen earlier = seen.get(key);
        if (earlier == null || earlier.model().equals(model)) {
            seen.put(key, new Seen(model, weight));
            return Optional.empty();
        }
        return Optional.of(earlier);
    }
}
