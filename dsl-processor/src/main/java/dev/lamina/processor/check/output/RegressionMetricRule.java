package dev.lamina.processor.check.output;

import dev.lamina.dsl.Metric;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;

/**
 * {@code metrics = MAE, MSE, RMSE} compare real-valued predictions with real-valued targets: a
 * regression loss, or a reconstruction ({@code target = INPUT}). A classification's output is a
 * probability per class and its target a class index; subtracting one from the other measures
 * nothing, and the runtime refuses the model before training.
 */
final class RegressionMetricRule extends Rule {

    RegressionMetricRule() {
        super("lamina:regression-metric", Kind.ERROR,
                "metrics = MAE, MSE or RMSE come with a regression loss or target = INPUT, not a classification");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (model.reconstructsInput() || model.loss().isRegression()) {
            return;
        }
        List<Metric> regression = model.metrics().stream().filter(Metric::isRegression).toList();
        if (regression.isEmpty()) {
            return;
        }
        String names = regression.stream().map(Metric::name).collect(Collectors.joining(", "));
        findings.report(this, Location.of(model.source(), AttributeNames.Model.METRICS), new Message(
                "Model '" + model.name() + "' is a classification (loss = " + model.loss() + ") and declares the"
                        + " regression metric" + (regression.size() > 1 ? "s " : " ") + names + ". Received: metrics = "
                        + model.metrics() + ".",
                "A classification predicts a probability per class against a class label; the difference between"
                        + " the two is no error in any unit, so MAE, MSE and RMSE would measure nothing.",
                "Use metrics = ACCURACY for a classification, or for a regression use loss = MEAN_SQUARED_ERROR,"
                        + " MEAN_ABSOLUTE_ERROR or HUBER with a linear output."));
    }
}
