package dev.lamina.processor.check.schedule;

import dev.lamina.dsl.Granularity;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.ScheduleSpec;
import dev.lamina.processor.spec.Source;
import java.math.BigDecimal;
import java.math.MathContext;
import javax.tools.Diagnostic.Kind;

/**
 * An EXPONENTIAL schedule decays: {@code rate = initialRate * decayRate^(step / decaySteps)} shrinks
 * only for a decayRate below 1. Above 1 the rate grows without bound; what was meant is most likely
 * the reciprocal ("divide by 10 every 20 epochs" is {@code decayRate = 0.1}). A warning, since a
 * growing rate has its use (a learning-rate range test).
 */
final class GrowingExponentialRule extends Rule {

    GrowingExponentialRule() {
        super("lamina:growing-exponential", Kind.WARNING,
                "An EXPONENTIAL schedule's decayRate is at most 1, so that the rate decays");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        // Not a number (unset) or not positive is for ScheduleRequiredRule and ScheduleRangeRule.
        if (schedule.kind() != ScheduleKind.EXPONENTIAL || schedule.source().isEmpty()
                || !(schedule.decayRate() > 1) || Double.isInfinite(schedule.decayRate())) {
            return;
        }
        Source source = schedule.source().get();
        String written = Describe.value(source.value(AttributeNames.Schedule.DECAY_RATE));
        String unit = schedule.per() == Granularity.EPOCH ? "epochs" : "steps";
        String period = Double.isNaN(schedule.decaySteps()) ? "decaySteps " + unit
                : count(schedule.decaySteps()) + " " + unit;
        findings.report(this, Location.of(source, AttributeNames.Schedule.DECAY_RATE), new Message(
                "@Schedule(EXPONENTIAL) decayRate = " + written + " makes the learning rate grow: it is multiplied"
                        + " by " + written + " every " + period + ". Received: decayRate = " + written + ".",
                "Exponential scheduling sets rate = initialRate * decayRate^(step / decaySteps), which decays only"
                        + " for a decayRate below 1; above 1 the rate grows without bound, and training diverges"
                        + " once it is too large.",
                "To divide the rate by " + written + " every " + period + ", write decayRate = "
                        + reciprocal(schedule.decayRate()) + "; if a growing rate is intended (a learning-rate range"
                        + " test), add @SuppressWarnings(\"" + id() + "\") to the model."));
    }

    /** A count of steps or epochs as users write it: 20000, not 20000.0. */
    private static String count(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** 1 / value to six significant digits, as a Java literal: 0.1 for 10, 0.666667 for 1.5. */
    static String reciprocal(double value) {
        return BigDecimal.ONE.divide(BigDecimal.valueOf(value), new MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
