package dev.lamina.runtime.infer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One class of a prediction: its index among the output units, its probability, and its name
 * where the model's classes have names (read from a CSV file's label column, for instance).
 *
 * @param index the class index, {@code 0 ≤ index < units}
 * @param probability the output unit's activation for the example
 * @param label the class's name; empty when the classes are only numbered
 */
public record ClassScore(int index, float probability, Optional<String> label) {

    public ClassScore {
        Objects.requireNonNull(label, "label");
    }

    /** A numbered class, without a name. */
    public ClassScore(int index, float probability) {
        this(index, probability, Optional.empty());
    }

    /** This score with the class's name from {@code classNames} (index → name). */
    public ClassScore named(List<String> classNames) {
        return new ClassScore(index, probability, Optional.of(classNames.get(index)));
    }

    /** {@code 3 (0.912)}, or {@code Dress (0.912)} with a name. */
    @Override
    public String toString() {
        return label.orElse(Integer.toString(index)) + String.format(Locale.ROOT, " (%.3f)", probability);
    }
}
