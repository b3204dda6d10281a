package dev.lamina.runtime.plot;

import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** Several curves over a common x axis on one chart (e.g. each schedule's rate by step). */
public final class CurvesChart {
    private CurvesChart() {}

    public static void write(String title, String xTitle, String yTitle, double[] x, Map<String, double[]> curves,
            boolean logY, Path png) {
        XYChart chart = Charts.xy(title, xTitle, yTitle);
        curves.forEach((name, y) -> chart.addSeries(name, x, y));
        chart.getStyler().setYAxisLogarithmic(logY).setLegendPosition(Styler.LegendPosition.OutsideE);
        Charts.noMarkers(chart);
        Charts.writePng(chart, png);
    }
}
