package dev.lamina.runtime.train;

import java.util.Map;

/**
 * The result of {@code evaluate}: the mean loss over the data and each metric.
 *
 * @param loss the loss averaged over every example
 * @param metrics each measured metric by its Keras name ({@code accuracy},
 *     {@code mean_absolute_error}, {@code mean_squared_error}, {@code root_mean_squared_error})
 */
public record Evaluation(double loss, Map<String, Double> metrics) {
    public Evaluation {
        metrics = Map.copyOf(metrics);
    }

    /** The accuracy; an error, saying what to read instead, if none was measured. */
    public double accuracy() {
        Double accuracy = metrics.get("accuracy");
        if (accuracy == null) {
            throw new IllegalStateException(metrics.isEmpty()
                    ? "No accuracy was measured: declare metrics = Metric.ACCURACY on @Model"
                    : "No accuracy was measured: this model reports " + metrics.keySet() + " (a regression has no"
                            + " accuracy). Read one of them with metric(\"" + metrics.keySet().iterator().next()
                            + "\"), or loss().");
        }
        return accuracy;
    }

    /** The metric logged as {@code name} ({@code root_mean_squared_error}); an error naming those measured. */
    public double metric(String name) {
        Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No metric '" + name + "' was measured. This evaluation has "
                    + metrics.keySet() + " and loss(); declare the metric on @Model(metrics = ...).");
        }
        return value;
    }
}
