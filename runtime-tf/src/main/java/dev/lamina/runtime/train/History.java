package dev.lamina.runtime.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code fit} measured, epoch by epoch, as Keras's {@code History}: {@code loss},
 * {@code accuracy}, {@code val_loss}, {@code val_accuracy}, … in the order they were first logged.
 */
public final class History {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private int epochs;

    /** Appends one epoch's logs (what {@code fit} does after each epoch). Every epoch must log the same names. */
    public void append(Map<String, Double> logs) {
        Objects.requireNonNull(logs, "logs");
        if (epochs > 0 && !logs.keySet().equals(values.keySet())) {
            throw new IllegalArgumentException("Epoch " + (epochs + 1) + " logged " + logs.keySet()
                    + " but earlier epochs logged " + values.keySet());
        }
        logs.forEach((name, value) -> values.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
        epochs++;
    }

    /** The number of epochs recorded. */
    public int epochs() {
        return epochs;
    }

    /** The names logged each epoch, in order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** One value per epoch for {@code name}. */
    public List<Double> get(String name) {
        Objects.requireNonNull(name, "name");
        List<Double> series = values.get(name);
        if (series == null) {
            throw new IllegalArgumentException("No '" + name + "' in this history; it has " + values.keySet());
        }
        return List.copyOf(series);
    }

    /** The value of {@code name} in the last epoch. */
    public double last(String name) {
        List<Double> series = get(name);
        return series.get(series.size() - 1);
    }

    /** The history as CSV, Keras's {@code CSVLogger} layout: a header {@code epoch,<names>}, one row per epoch. */
    public String toCsv() {
        return toCsv(0);
    }

    /**
     * As {@link #toCsv()}, the first row numbered {@code firstEpoch}: the epochs of a model that had
     * already trained {@code firstEpoch} epochs (a resumed run) keep their numbers over its life.
     */
    public String toCsv(int firstEpoch) {
        StringBuilder csv = new StringBuilder("epoch");
        values.keySet().forEach(name -> csv.append(',').append(name));
        csv.append('\n');
        for (int epoch = 0; epoch < epochs; epoch++) {
            csv.append(firstEpoch + epoch);
            for (List<Double> series : values.values()) {
                csv.append(',').append(series.get(epoch));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
