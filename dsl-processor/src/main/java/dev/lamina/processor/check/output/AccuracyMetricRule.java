package dev.lamina.processor.check.output;

import dev.lamina.dsl.Metric;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/**
 * {@code metrics = ACCURACY} needs predictions that are right or wrong: a classification, with a
 * cross-entropy loss against labels. A regression ({@code MEAN_SQUARED_ERROR} against labels) or a
 * reconstruction ({@code target = INPUT}) is only more or less close; the runtime would report no
 * accuracy at all.
 */
final class AccuracyMetricRule extends Rule {

    AccuracyMetricRule() {
        super("lamina:accuracy-metric", Kind.ERROR,
                "metrics = ACCURACY comes with a classification: a cross-entropy loss against labels, not"
                        + " MEAN_SQUARED_ERROR or target = INPUT");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (!model.metrics().contains(Metric.ACCURACY) || model.hasAccuracy()) {
            return;
        }
        Location location = Location.of(model.source(), AttributeNames.Model.METRICS);
        String received = " Received: metrics = ACCURACY.";
        if (model.reconstructsInput()) {
            findings.report(this, location, new Message(
                    "Model '" + model.name() + "' reconstructs its input (target = INPUT), which has no accuracy."
                            + received,
                    "Accuracy counts the predictions that match their class label, and a reconstruction has nothing"
                            + " to count as correct: each value is only more or less close to the input's, which the"
                            + " loss already measures.",
                    "Remove metrics = ACCURACY; watch loss and val_loss instead."));
        } else {
            findings.report(this, location, new Message(
                    "Model '" + model.name() + "' is trained with loss = " + model.loss() + ", which has no accuracy."
                            + received,
                    "Mean squared error predicts the label as a number, which is only more or less close to it, never"
                            + " correct or incorrect: there is nothing for accuracy to count.",
                    "Remove metrics = ACCURACY and watch loss and val_loss, or to classify use loss ="
                            + " BINARY_CROSSENTROPY (two classes, one SIGMOID unit) or"
                            + " SPARSE_CATEGORICAL_CROSSENTROPY (one SOFTMAX unit per class)."));
        }
    }
}
