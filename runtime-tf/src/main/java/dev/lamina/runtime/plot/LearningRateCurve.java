package dev.lamina.runtime.plot;

import dev.lamina.runtime.callback.LearningRateFinder;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/** The learning-rate finder's plot: the loss of each step against its rate, on a log rate axis. */
public final class LearningRateCurve {
    public static final String FILE = "lr_finder.png";

    private LearningRateCurve() {}

    /** Writes {@value #FILE} into {@code directory}. */
    public static void write(LearningRateFinder.Result sweep, Path directory) {
        XYChart chart = Charts.xy("Learning-rate finder (suggested " + String.format(Locale.ROOT, "%.2g",
                sweep.suggestedRate()) + ")", "learning rate", "loss");
        chart.addSeries("loss", sweep.rates(), sweep.losses());
        chart.getStyler().setXAxisLogarithmic(true).setLegendVisible(false);
        Charts.noMarkers(chart);
        Charts.writePng(chart, directory.resolve(FILE));
    }
}
