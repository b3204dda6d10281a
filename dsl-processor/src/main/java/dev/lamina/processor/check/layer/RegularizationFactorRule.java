package dev.lamina.processor.check.layer;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import javax.tools.Diagnostic.Kind;

/**
 * A regularization factor ({@code @L1}, {@code @L2}, {@code @L1L2}, {@code @DenseDefaults(l1, l2)})
 * is finite and at least 0. Each is checked once, where it is written, not on every layer a
 * default reaches.
 */
final class RegularizationFactorRule extends Rule {

    RegularizationFactorRule() {
        super("lamina:regularization-factor", Kind.ERROR,
                "Every regularization factor (@L1, @L2, @L1L2, @DenseDefaults l1 and l2) is finite and at least 0");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (RegularizerSpec regularizer : WrittenOnce.regularizers(model)) {
            if (regularizer.kind() != RegularizerSpec.Kind.L2) {
                check(regularizer, regularizer.l1Attribute(), regularizer.l1(), "absolute values", findings);
            }
            if (regularizer.kind() != RegularizerSpec.Kind.L1) {
                check(regularizer, regularizer.l2Attribute(), regularizer.l2(), "squares", findings);
            }
        }
    }

    /** @param penalized what the factor multiplies the sum of: "absolute values" (L1) or "squares" (L2) */
    private void check(RegularizerSpec regularizer, String attribute, double factor, String penalized,
            Findings findings) {
        if (factor >= 0 && !Double.isInfinite(factor)) {
            return;
        }
        String annotation = regularizer.source().annotationName();
        findings.report(this, Location.of(regularizer.source(), attribute), new Message(
                WrittenOnce.where(regularizer.source()) + annotation + " " + attribute + " must be finite and at least 0. Received: "
                        + attribute + " = " + factor + ".",
                "The penalty factor * sum of the weights' " + penalized + " is added to the loss; a negative"
                        + " factor would reward large weights instead of penalizing them.",
                "Use a small positive factor such as 0.01 (the chapter's), or 0 for no penalty."));
    }
}
