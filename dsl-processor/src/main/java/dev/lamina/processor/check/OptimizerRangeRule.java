package dev.lamina.processor.check;

import dev.lamina.dsl.Defaults;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.Source;
import javax.tools.Diagnostic.Kind;

/**
 * Every {@code @Optimizer} value written is in its range: a positive, finite learning rate and
 * epsilon; momentum and the decays (rho, beta1, beta2) in [0, 1). Defaults are in range, so only
 * written values are checked, and only those that apply (the others are
 * {@link OptimizerAttributeRule}'s).
 */
final class OptimizerRangeRule implements Rule {

    @Override
    public String id() {
        return "lamina:optimizer-range";
    }

    @Override
    public Kind severity() {
        return Kind.ERROR;
    }

    @Override
    public String summary() {
        return "@Optimizer's learningRate and epsilon are positive and finite; momentum, rho, beta1 and beta2 are in"
                + " [0, 1)";
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        if (optimizer.source().isEmpty()) {
            return;
        }
        Source source = optimizer.source().get();
        // A NaN written out is Defaults.UNSET: the reader has resolved it to the kind's default.
        if (applies(source, optimizer, OptimizerAttribute.LEARNING_RATE)
                && !isPositiveFinite(optimizer.learningRate())) {
            report(findings, source, "learningRate", optimizer.learningRate(), "positive and finite",
                    "It scales each step against the gradient: a zero rate does not move, and a negative one"
                            + " climbs the loss.",
                    "Use a small positive rate, e.g. learningRate = 0.001.");
        }
        checkDecay(findings, source, optimizer, OptimizerAttribute.MOMENTUM, optimizer.momentum(), 0.9,
                "the velocity");
        checkDecay(findings, source, optimizer, OptimizerAttribute.RHO, optimizer.rho(), Defaults.RMSPROP_RHO,
                "the running mean square");
        checkDecay(findings, source, optimizer, OptimizerAttribute.BETA1, optimizer.beta1(), Defaults.ADAM_BETA1,
                "the first moment");
        checkDecay(findings, source, optimizer, OptimizerAttribute.BETA2, optimizer.beta2(), Defaults.ADAM_BETA2,
                "the second moment");
        if (applies(source, optimizer, OptimizerAttribute.EPSILON) && !isPositiveFinite(optimizer.epsilon())) {
            report(findings, source, "epsilon", optimizer.epsilon(), "positive and finite",
                    "It keeps the update's denominator away from zero.",
                    "Use a small positive value, e.g. epsilon = " + Defaults.EPSILON + ", the Keras default.");
        }
    }

    private void checkDecay(Findings findings, Source source, OptimizerSpec optimizer, OptimizerAttribute attribute,
            double value, double suggestion, String average) {
        if (applies(source, optimizer, attribute) && !(value >= 0 && value < 1)) {
            String name = attribute.attribute();
            report(findings, source, name, value, "in [0, 1)",
                    "It is the fraction of " + average + " kept at each step: at 1 or more it never decays and the"
                            + " updates diverge, below 0 it oscillates.",
                    "Use a value such as " + name + " = " + suggestion + ".");
        }
    }

    private void report(Findings findings, Source source, String name, double value, String range, String why,
            String fix) {
        findings.report(this, Location.of(source, name), new Message(
                "@Optimizer " + name + " must be " + range + ". Received: " + name + " = " + value + ".", why, fix));
    }

    private static boolean applies(Source source, OptimizerSpec optimizer, OptimizerAttribute attribute) {
        return source.isExplicit(attribute.attribute()) && attribute.appliesTo(optimizer.kind());
    }

    private static boolean isPositiveFinite(double value) {
        return value > 0 && !Double.isInfinite(value);
    }
}
