package dev.lamina.runtime.plot;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.infer.Uncertainty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.style.Styler;

/**
 * The Monte Carlo Dropout histogram: the standard deviation of the predicted class's probability,
 * for correctly and for wrongly classified examples, each as a fraction of its group. A useful
 * uncertainty puts the wrong predictions further right.
 */
public final class UncertaintyHistogram {
    public static final String FILE = "mc_uncertainty.png";
    private static final int BINS = 25;

    private UncertaintyHistogram() {}

    /** Writes {@value #FILE} into {@code directory}; {@code data} gives the true labels. */
    public static void write(Uncertainty uncertainty, Dataset data, Path directory) {
        List<Double> correct = new ArrayList<>();
        List<Double> wrong = new ArrayList<>();
        float[] std = uncertainty.predictedClassStd();
        double max = 1e-6;
        for (int i = 0; i < std.length; i++) {
            (uncertainty.predictedClass()[i] == data.label(i) ? correct : wrong).add((double) std[i]);
            max = Math.max(max, std[i]);
        }
        System.setProperty("java.awt.headless", "true");
        CategoryChart chart = new CategoryChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
                .title("MC Dropout: spread of the predicted class's probability (" + uncertainty.samples() + " samples)")
                .xAxisTitle("standard deviation").yAxisTitle("fraction of the group").build();
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setDecimalPattern("0.000");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        addSeries(chart, "correct (" + correct.size() + ")", correct, max);
        addSeries(chart, "wrong (" + wrong.size() + ")", wrong, max);
        Charts.writePng(chart, directory.resolve(FILE));
    }

    private static void addSeries(CategoryChart chart, String name, List<Double> values, double max) {
        if (values.isEmpty()) {
            return;
        }
        Histogram histogram = new Histogram(values, BINS, 0, max);
        List<Double> fractions = histogram.getyAxisData().stream().map(count -> count / values.size()).toList();
        chart.addSeries(name, histogram.getxAxisData(), fractions);
    }
}
