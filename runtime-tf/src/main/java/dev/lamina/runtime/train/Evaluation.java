package dev.lamina.runtime.train;

import java.util.Map;

/**
 * The result of {@code evaluate}: the mean loss over the data and each metric.
 *
 * @param loss the loss averaged over every example
 * @param metrics each declared metric by its Keras name ({@code accuracy})
 */
public record Evaluation(double loss, Map<String, Double> metrics) {
    public Evaluation {
        metrics = Map.copyOf(metrics);
    }

    /** The accuracy; an error if the model declares no {@code Metric.ACCURACY}. */
    public double accuracy() {
        Double accuracy = metrics.get("accuracy");
        if (accuracy == null) {
            throw new IllegalStateException("No accuracy was measured: declare metrics = Metric.ACCURACY on @Model");
        }
        return accuracy;
    }
}
