package dev.lamina.processor.check.layer;

import dev.lamina.dsl.Defaults;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.tools.Diagnostic.Kind;

/** {@code @BatchNorm}'s momentum is a fraction kept, in [0, 1); its epsilon is positive and finite. */
final class BatchNormRangeRule extends Rule {

    BatchNormRangeRule() {
        super("lamina:batch-norm-range", Kind.ERROR,
                "@BatchNorm momentum is in [0, 1) and epsilon is positive and finite");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            if (!(layer instanceof BatchNormSpec batchNorm)) {
                continue;
            }
            if (!(batchNorm.momentum() >= 0 && batchNorm.momentum() < 1)) {
                findings.report(this, Location.of(batchNorm.source(), AttributeNames.BatchNorm.MOMENTUM), new Message(
                        "Layer '" + batchNorm.name() + "': @BatchNorm momentum must be in [0, 1). Received: momentum = "
                                + batchNorm.momentum() + ".",
                        "It is the fraction of the moving mean and variance kept at each training step: at 1 they"
                                + " would never leave their initial values, and inference would normalize with those.",
                        "Use momentum = " + Defaults.BATCH_NORM_MOMENTUM + ", the Keras default, or a value such as"
                                + " 0.9 for small data sets."));
            }
            if (!(batchNorm.epsilon() > 0 && !Double.isInfinite(batchNorm.epsilon()))) {
                findings.report(this, Location.of(batchNorm.source(), AttributeNames.BatchNorm.EPSILON), new Message(
                        "Layer '" + batchNorm.name() + "': @BatchNorm epsilon must be positive and finite. Received:"
                                + " epsilon = " + batchNorm.epsilon() + ".",
                        "It is added to the variance before the square root, so that a feature that does not vary in a"
                                + " batch is not divided by zero.",
                        "Use epsilon = " + Defaults.BATCH_NORM_EPSILON + ", the Keras default."));
            }
        }
    }
}
