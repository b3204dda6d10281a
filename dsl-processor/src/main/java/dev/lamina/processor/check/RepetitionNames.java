package dev.lamina.processor.check;

import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.List;

/** How messages name several repetitions of a {@code @Repeat} method: "hidden1 to hidden100". */
public final class RepetitionNames {
    private RepetitionNames() {}

    /**
     * The layers' names: "hidden1", "hidden1 and hidden2", "hidden1 to hidden100" for consecutive
     * repetitions, "hidden2, hidden5 and hidden9" for others.
     */
    public static String of(List<LayerSpec> layers) {
        List<String> names = layers.stream().map(LayerSpec::name).toList();
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        boolean consecutive = true;
        for (int i = 1; i < layers.size(); i++) {
            consecutive &= layers.get(i).declaration().repetition() == layers.get(i - 1).declaration().repetition() + 1;
        }
        return consecutive
                ? names.get(0) + " to " + names.get(names.size() - 1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
