package dev.lamina.runtime.train;

import dev.lamina.runtime.io.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The chapter's first topic made visible: for one batch, each layer's activation statistics
 * (mean, spread, saturated and dead units) and the norm of the gradient of the loss with respect
 * to each of its weights. Vanishing gradients show as kernel norms shrinking from the output
 * toward the input; saturation as a large saturated fraction in sigmoid or tanh layers.
 */
public record GradientHealth(List<LayerHealth> layers) {
    public static final String CSV_FILE = "gradient_health.csv";

    public GradientHealth {
        layers = List.copyOf(layers);
    }

    /** The layer's line. */
    public LayerHealth layer(String name) {
        return layers.stream().filter(l -> l.layer().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No layer '" + name + "' in this report"));
    }

    /** The norm of the kernel gradient of the layer (its {@code kernel} variable). */
    public double kernelGradientNorm(String layer) {
        Double norm = layer(layer).gradientNorms().get("kernel");
        if (norm == null) {
            throw new IllegalArgumentException("Layer '" + layer + "' has no kernel");
        }
        return norm;
    }

    /** A fixed-width table, one line per layer. */
    public String toTable() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-14s %-15s %10s %10s %10s %10s %14s%n",
                "layer", "type", "act mean", "act std", "saturated", "dead", "|grad kernel|"));
        for (LayerHealth l : layers) {
            Double kernel = l.gradientNorms().get("kernel");
            table.append(String.format(Locale.ROOT, "%-14s %-15s %10.4f %10.4f %10s %10s %14s%n", l.layer(), l.type(),
                    l.activationMean(), l.activationStd(), fraction(l.saturatedFraction()), fraction(l.deadFraction()),
                    kernel == null ? "" : String.format(Locale.ROOT, "%.4e", kernel)));
        }
        return table.toString();
    }

    /** One CSV row per layer and variable (a layer without weights has one row with an empty variable). */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("layer,type,activation_mean,activation_std,saturated_fraction,"
                + "dead_fraction,variable,gradient_norm\n");
        for (LayerHealth l : layers) {
            String prefix = String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,", l.layer(), l.type(), l.activationMean(),
                    l.activationStd(), l.saturatedFraction(), l.deadFraction());
            if (l.gradientNorms().isEmpty()) {
                csv.append(prefix).append(",\n");
            }
            l.gradientNorms().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> csv.append(prefix).append(e.getKey()).append(',').append(e.getValue()).append('\n'));
        }
        return csv.toString();
    }

    /** Writes {@link #toCsv()} to {@value #CSV_FILE} in {@code directory} (the chart is {@code GradientNormChart}'s). */
    public void writeCsv(Path directory) {
        AtomicFiles.write(directory.resolve(CSV_FILE), out -> out.write(toCsv().getBytes(StandardCharsets.UTF_8)));
    }

    private static String fraction(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
