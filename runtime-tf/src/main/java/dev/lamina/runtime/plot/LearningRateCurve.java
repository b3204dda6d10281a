package dev.lamina.runtime.plot;

import dev.lamina.runtime.callback.LearningRateFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The learning-rate finder's plot: each step's batch loss and the smoothed loss against the rate, on
 * a log rate axis, with the suggested rate marked by a vertical line. The loss axis stops at twice
 * the first smoothed loss, so that the last, diverging batches do not flatten the curve.
 */
public final class LearningRateCurve {
    public static final String FILE = "lr_finder.png";

    private LearningRateCurve() {}

    /** Writes {@value #FILE} into {@code directory}. */
    public static void write(LearningRateFinder.Result sweep, Path directory) {
        double suggested = sweep.suggestedRate();
        String title = Double.isNaN(suggested) ? "Learning-rate finder (no descent, no suggestion)"
                : "Learning-rate finder (suggested " + String.format(Locale.ROOT, "%.2g", suggested) + ")";
        XYChart chart = Charts.xy(title, "learning rate", "loss");
        chart.addSeries("batch loss", sweep.rates(), sweep.losses());
        chart.addSeries("smoothed loss", sweep.rates(), sweep.smoothedLosses());
        double low = Arrays.stream(sweep.losses()).min().orElse(0);
        double high = sweep.smoothedLosses().length == 0 ? 1 : 2 * sweep.smoothedLosses()[0];
        if (!Double.isNaN(suggested)) {
            XYSeries line = chart.addSeries("suggested rate", new double[] {suggested, suggested}, new double[] {low, high});
            line.setLineWidth(2);
        }
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(low).setYAxisMax(high);
        Charts.noMarkers(chart);
        Charts.writePng(chart, directory.resolve(FILE));
    }
}
