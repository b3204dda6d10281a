package dev.lamina.runtime.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** Several runs' curves of one quantity per epoch on one chart (e.g. validation accuracy by optimizer). */
public final class ComparisonChart {
    private ComparisonChart() {}

    public static void write(String title, String quantity, Map<String, List<Double>> curves, Path png) {
        XYChart chart = Charts.xy(title, "epoch", quantity);
        curves.forEach((name, values) -> {
            List<Double> epochs = new ArrayList<>();
            for (int epoch = 1; epoch <= values.size(); epoch++) {
                epochs.add((double) epoch);
            }
            chart.addSeries(name, epochs, values);
        });
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        Charts.writePng(chart, png);
    }
}
