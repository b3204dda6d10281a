package dev.lamina.processor.check.callback;

import dev.lamina.dsl.Metric;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.spec.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a monitor can watch: the quantities a model reports each epoch, as the runtime names them
 * in its logs. Early stopping and a PLATEAU schedule (the runtime's plateau callback) both monitor
 * one, and Keras only warns about a name it does not know, after which nothing ever happens.
 */
public final class Monitors {
    private Monitors() {}

    /**
     * {@code loss}, {@code val_loss}, and each metric with and without {@code val_}: an accuracy only
     * for a classification (see {@link ModelSpec#hasAccuracy()}), whatever the metrics declare.
     */
    public static List<String> reported(ModelSpec model) {
        List<String> names = new ArrayList<>(List.of("loss", "val_loss"));
        for (Metric metric : model.metrics()) {
            if (metric == Metric.ACCURACY && !model.hasAccuracy()) {
                continue;
            }
            String name = metric.logName();
            names.add(name);
            names.add("val_" + name);
        }
        return names;
    }

    /**
     * The message for a monitor of a quantity {@code model} does not report: "@EarlyStopping monitors
     * "val_acc", which model 'M' does not report", why nothing would happen, and the names it can use.
     *
     * @param monitoring the annotation as the message names it: {@code @EarlyStopping}
     * @param monitor the name written
     * @param reaction what happens when the quantity stops improving: "Training stops"
     * @param never what would therefore never happen: "training would never stop early"
     */
    public static Message unreported(String monitoring, String monitor, ModelSpec model, String reaction,
            String never) {
        return new Message(
                monitoring + " monitors \"" + monitor + "\", which model '" + model.name() + "' does not report."
                        + " Received: monitor = \"" + monitor + "\".",
                reaction + " when the monitored quantity stops improving; a quantity that is never reported never"
                        + " stops, so " + never + ".",
                "Use " + Describe.alternatives(reported(model).stream().map(name -> "\"" + name + "\"").toList())
                        + ".");
    }
}
