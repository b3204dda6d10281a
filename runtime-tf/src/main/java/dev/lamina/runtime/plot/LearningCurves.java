package dev.lamina.runtime.plot;

import dev.lamina.runtime.train.History;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * The chapter's learning-curve plots from a {@link History}: every loss and metric per epoch
 * (training and validation) on one chart, and the learning rate actually applied on another,
 * on a log scale.
 */
public final class LearningCurves {
    public static final String CURVES_FILE = "learning_curves.png";
    public static final String RATE_FILE = "learning_rate.png";

    private LearningCurves() {}

    /** Writes {@value #CURVES_FILE} and, when the history has a learning rate, {@value #RATE_FILE}. */
    public static void write(History history, Path directory) {
        XYChart curves = Charts.xy("Learning curves", "epoch", "value");
        List<Double> epochs = epochs(history);
        for (String name : history.names()) {
            if (!name.equals("learning_rate")) {
                curves.addSeries(name, epochs, history.get(name));
            }
        }
        curves.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        Charts.writePng(curves, directory.resolve(CURVES_FILE));
        if (history.names().contains("learning_rate")) {
            XYChart rate = Charts.xy("Learning rate", "epoch", "learning rate (last step of the epoch)");
            rate.addSeries("learning_rate", epochs, history.get("learning_rate"));
            rate.getStyler().setYAxisLogarithmic(true).setLegendVisible(false);
            Charts.writePng(rate, directory.resolve(RATE_FILE));
        }
    }

    private static List<Double> epochs(History history) {
        List<Double> epochs = new ArrayList<>();
        for (int epoch = 1; epoch <= history.epochs(); epoch++) {
            epochs.add((double) epoch);
        }
        return epochs;
    }
}
