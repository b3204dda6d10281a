package dev.lamina.runtime.plot;

import dev.lamina.runtime.callback.LearningRateFinder;
import dev.lamina.runtime.io.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The learning-rate finder's plot: each step's batch loss and the smoothed loss against the rate, on
 * a log rate axis, with the suggested rate marked by a vertical line. The loss axis stops at twice
 * the first smoothed loss, so that the last, diverging batches do not flatten the curve. The
 * numbers go beside it in {@value #DATA_FILE} ({@code rate,loss,smoothed_loss}, one row per step),
 * so that the rules can be checked against an independent computation.
 */
public final class LearningRateCurve {
    public static final String FILE = "lr_finder.png";
    public static final String DATA_FILE = "lr_finder.csv";

    private LearningRateCurve() {}

    /** Writes {@value #FILE} and {@value #DATA_FILE} into {@code directory}. */
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
        writeData(sweep, directory.resolve(DATA_FILE));
    }

    private static void writeData(LearningRateFinder.Result sweep, Path csv) {
        StringBuilder text = new StringBuilder("rate,loss,smoothed_loss\n");
        for (int i = 0; i < sweep.rates().length; i++) {
            // Shortest round-trip decimal forms: the reader gets the exact doubles back.
            text.append(sweep.rates()[i]).append(',').append(sweep.losses()[i]).append(',')
                    .append(sweep.smoothedLosses()[i]).append('\n');
        }
        AtomicFiles.write(csv, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
