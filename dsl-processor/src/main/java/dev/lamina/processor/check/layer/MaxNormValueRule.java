package dev.lamina.processor.check.layer;

import dev.lamina.dsl.Defaults;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A max-norm ({@code @MaxNorm}, {@code @DenseDefaults(maxNorm)}) is positive and finite. Each is
 * checked once, where it is written.
 */
final class MaxNormValueRule extends Rule {

    MaxNormValueRule() {
        super("lamina:max-norm-value", Kind.ERROR,
                "Every max-norm (@MaxNorm, @DenseDefaults maxNorm) is positive and finite");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (ConstraintSpec constraint : WrittenOnce.constraints(model)) {
            double value = constraint.maxValue();
            if (constraint.kind() == ConstraintSpec.Kind.MAX_NORM && !(value > 0 && !Double.isInfinite(value))) {
                String attribute = constraint.maxValueAttribute();
                findings.report(this, Location.of(constraint.source(), attribute), new Message(
                        WrittenOnce.where(constraint.source()) + constraint.source().annotationName() + " " + attribute + " must be positive and"
                                + " finite. Received: " + attribute + " = " + value + ".",
                        "After every update, each unit's incoming weights are rescaled to a norm of at most r; at 0 or"
                                + " below every weight would be set to 0.",
                        "Use a norm such as 1.0 (the chapter's) or " + Defaults.MAX_NORM + " (the Keras default)."));
            }
        }
    }
}
