package dev.lamina.runtime.plot;

import dev.lamina.runtime.train.GradientHealth;
import dev.lamina.runtime.train.LayerHealth;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;

/** The kernel gradient norm of each layer, input to output, on a log scale. */
public final class GradientNormChart {
    public static final String FILE = "gradient_health.png";

    private GradientNormChart() {}

    /** Writes {@value #FILE} into {@code directory}. */
    public static void write(GradientHealth report, Path directory) {
        List<LayerHealth> withKernels = report.layers().stream()
                .filter(l -> l.gradientNorms().containsKey("kernel")).toList();
        double[] depth = new double[withKernels.size()];
        double[] norms = new double[withKernels.size()];
        for (int i = 0; i < depth.length; i++) {
            depth[i] = i + 1;
            norms[i] = Math.max(withKernels.get(i).gradientNorms().get("kernel"), Double.MIN_NORMAL);
        }
        XYChart chart = Charts.xy("Gradient norm by depth", "layer with a kernel (input → output)", "|∂loss/∂kernel|");
        if (depth.length > 0) {
            chart.addSeries("kernel gradient norm", depth, norms);
        }
        chart.getStyler().setYAxisLogarithmic(depth.length > 0).setLegendVisible(false);
        Charts.writePng(chart, directory.resolve(FILE));
    }
}
