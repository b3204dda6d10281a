package dev.lamina.runtime.plot;

import java.nio.file.Path;
import dev.lamina.runtime.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Shared chart set-up and an atomic PNG writer; charts are drawn headless. */
final class Charts {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private Charts() {}

    static XYChart xy(String title, String xTitle, String yTitle) {
        // No display is needed (or present on servers and CI) to render a PNG.
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setMarkerSize(5);
        return chart;
    }

    static void noMarkers(XYChart chart) {
        chart.getSeriesMap().values().forEach(series -> series.setMarker(SeriesMarkers.NONE));
    }

    /** Writes {@code chart} to {@code png} atomically, so a reader never sees half a PNG. */
    static void writePng(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path png) {
        AtomicFiles.write(png, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }
}
