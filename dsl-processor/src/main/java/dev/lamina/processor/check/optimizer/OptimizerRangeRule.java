package dev.lamina.processor.check.optimizer;

import dev.lamina.dsl.Defaults;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Range;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.Source;
import javax.tools.Diagnostic.Kind;

/**
 * Every {@code @Optimizer} value written is in its range: a positive, finite learning rate,
 * epsilon and clipping threshold; momentum and the decays (rho, beta1, beta2) in [0, 1); a finite
 * initial accumulator and weight decay of at least 0. Defaults are in range, so only written values
 * are checked, and only those that apply (the others are {@link OptimizerAttributeRule}'s).
 */
final class OptimizerRangeRule extends Rule {

    OptimizerRangeRule() {
        super("lamina:optimizer-range", Kind.ERROR,
                "@Optimizer's learningRate, epsilon and clipping thresholds are positive and finite; momentum,"
                        + " rho, beta1 and beta2 are in [0, 1); initialAccumulator and weightDecay are finite and at"
                        + " least 0");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        OptimizerSpec optimizer = model.optimizer();
        if (optimizer.source().isEmpty()) {
            return;
        }
        Source source = optimizer.source().get();
        // A NaN written out is Defaults.UNSET: the reader has resolved it to the kind's default.
        check(findings, source, optimizer, OptimizerAttribute.LEARNING_RATE, optimizer.learningRate(), Range.POSITIVE,
                "It scales each step against the gradient: a zero rate does not move, and a negative one climbs the"
                        + " loss.",
                "Use a small positive rate, e.g. learningRate = 0.001.");
        checkDecay(findings, source, optimizer, OptimizerAttribute.MOMENTUM, optimizer.momentum(), 0.9,
                "the velocity");
        checkDecay(findings, source, optimizer, OptimizerAttribute.RHO, optimizer.rho(), Defaults.RMSPROP_RHO,
                "the running mean square");
        checkDecay(findings, source, optimizer, OptimizerAttribute.BETA1, optimizer.beta1(), Defaults.ADAM_BETA1,
                "the first moment");
        checkDecay(findings, source, optimizer, OptimizerAttribute.BETA2, optimizer.beta2(), Defaults.ADAM_BETA2,
                "the second moment");
        check(findings, source, optimizer, OptimizerAttribute.EPSILON, optimizer.epsilon(), Range.POSITIVE,
                "It keeps the update's denominator away from zero.",
                "Use a small positive value, e.g. epsilon = " + Defaults.EPSILON + ", the Keras default.");
        check(findings, source, optimizer, OptimizerAttribute.INITIAL_ACCUMULATOR, optimizer.initialAccumulator(),
                Range.NON_NEGATIVE, "It is the starting sum of squared gradients, which can only grow from there.",
                "Use initialAccumulator = " + Defaults.ADAGRAD_INITIAL_ACCUMULATOR + ", the Keras default.");
        check(findings, source, optimizer, OptimizerAttribute.WEIGHT_DECAY, optimizer.weightDecay(),
                Range.NON_NEGATIVE,
                "It shrinks each weight by lr * weightDecay at every step; a negative decay would make the weights"
                        + " grow.",
                "Use weightDecay = " + Defaults.ADAMW_WEIGHT_DECAY + ", the Keras default, or 0 for plain Adam.");
        checkClip(findings, source, optimizer, OptimizerAttribute.CLIP_VALUE, optimizer.clipValue(),
                "every gradient element to [-clipValue, clipValue]");
        checkClip(findings, source, optimizer, OptimizerAttribute.CLIP_NORM, optimizer.clipNorm(),
                "each gradient tensor to that L2 norm");
        checkClip(findings, source, optimizer, OptimizerAttribute.GLOBAL_CLIP_NORM, optimizer.globalClipNorm(),
                "all gradients together to that global L2 norm");
    }

    /** A decay: the fraction of a running average kept at each step. */
    private void checkDecay(Findings findings, Source source, OptimizerSpec optimizer, OptimizerAttribute attribute,
            double value, double suggestion, String average) {
        check(findings, source, optimizer, attribute, value, Range.RIGHT_OPEN_FRACTION,
                "It is the fraction of " + average + " kept at each step: at 1 or more it never decays and the updates"
                        + " diverge, below 0 it oscillates.",
                "Use a value such as " + attribute.attribute() + " = " + suggestion + ".");
    }

    private void checkClip(Findings findings, Source source, OptimizerSpec optimizer, OptimizerAttribute attribute,
            double value, String what) {
        // Written as Defaults.UNSET (NaN), it means no clipping, as when left out.
        if (!Double.isNaN(value)) {
            check(findings, source, optimizer, attribute, value, Range.POSITIVE,
                    "It clips " + what + ": at 0 or below no gradient would get through.",
                    "Use a positive threshold such as " + attribute.attribute() + " = 1.0, or leave it out for no"
                            + " clipping.");
        }
    }

    /** Reports {@code attribute} when it is written, applies to the optimizer, and its value is out of range. */
    private void check(Findings findings, Source source, OptimizerSpec optimizer, OptimizerAttribute attribute,
            double value, Range range, String why, String fix) {
        String name = attribute.attribute();
        if (source.isExplicit(name) && attribute.appliesTo(optimizer.kind()) && !range.contains(value)) {
            findings.report(this, Location.of(source, name), new Message(
                    "@Optimizer " + name + " must be " + range.phrase() + ". Received: " + name + " = " + value + ".",
                    why, fix));
        }
    }
}
