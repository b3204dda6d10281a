package dev.lamina.processor.check.output;

import dev.lamina.dsl.Activation;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A regression (a regression loss such as mean squared error, against labels) predicts with an
 * output that is not squashed. A warning: a sigmoid is legal, and right when the labels lie in
 * (0, 1), but it bounds the prediction and its saturation slows learning. A softmax there is an
 * error of {@link OutputLayerRule} (over one unit it is constant). A reconstruction
 * ({@code target = INPUT}) is exempt: a sigmoid is how it matches inputs in [0, 1]. The id is the
 * one the rule had when mean squared error was the only regression loss, kept so that
 * suppressions keep working.
 */
final class MseWithSquashingOutputRule extends Rule {

    MseWithSquashingOutputRule() {
        super("lamina:mse-with-squashing-output", Kind.WARNING,
                "A model trained with a regression loss (MEAN_SQUARED_ERROR) against labels has an output that is not"
                        + " squashed by SIGMOID");
        require(Requirement.OUTPUT_LAYER);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        if (!model.loss().isRegression() || model.reconstructsInput()
                || !(model.output().orElse(null) instanceof DenseSpec output)
                || output.activation() != Activation.SIGMOID) {
            return;
        }
        findings.report(this, Location.of(output.source(), AttributeNames.Dense.ACT), new Message(
                "Output layer '" + output.name() + "' squashes its prediction with act = SIGMOID under loss = "
                        + model.loss() + ". Received: " + Describe.activation(output) + ".",
                "A sigmoid output lies in (0, 1), so a label outside it is never reached, and where the sigmoid"
                        + " saturates its gradient vanishes, so a prediction that is far off learns slowest.",
                "Use act = LINEAR (the default) to predict a number; for 0/1 labels use loss = BINARY_CROSSENTROPY;"
                        + " or, if the labels lie in (0, 1) and this is intended, add @SuppressWarnings(\"" + id()
                        + "\") to the method."));
    }
}
