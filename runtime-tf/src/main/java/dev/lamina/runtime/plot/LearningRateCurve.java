package dev.lamina.runtime.plot;

import java.nio.file.Path;
import org.knowm.xchart.XYChart;

/** The learning-rate finder's plot: the loss of each step against its rate, on a log rate axis. */
public final class LearningRateCurve {
    public static final String FILE = "lr_finder.png";

    private LearningRateCurve() {}

    public static void write(double[] rates, double[] losses, double suggestedRate, Path directory) {
        XYChart chart = Charts.xy("Learning-rate finder (suggested " + String.format(java.util.Locale.ROOT, "%.2g",
                suggestedRate) + ")", "learning rate", "loss");
        chart.addSeries("loss", rates, losses);
        chart.getStyler().setXAxisLogarithmic(true).setLegendVisible(false);
        Charts.noMarkers(chart);
        Charts.writePng(chart, directory.resolve(FILE));
    }
}
