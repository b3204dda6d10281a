package dev.lamina.runtime.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes {@code chart} to {@code png} through a temporary file, so a reader never sees half a PNG. */
    static void writePng(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path png) {
        Path directory = png.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "." + png.getFileName(), ".png");
            try {
                BitmapEncoder.saveBitmap(chart, Files.newOutputStream(temporary), BitmapEncoder.BitmapFormat.PNG);
                Files.move(temporary, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart " + png.toAbsolutePath(), e);
        }
    }
}
