package dev.lamina.processor.check.schedule;

import static dev.lamina.dsl.ScheduleKind.COSINE;
import static dev.lamina.dsl.ScheduleKind.CUSTOM;
import static dev.lamina.dsl.ScheduleKind.EXPONENTIAL;
import static dev.lamina.dsl.ScheduleKind.ONE_CYCLE;
import static dev.lamina.dsl.ScheduleKind.PIECEWISE;
import static dev.lamina.dsl.ScheduleKind.PLATEAU;
import static dev.lamina.dsl.ScheduleKind.POWER;

import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.KindAttribute;
import dev.lamina.processor.check.Range;
import dev.lamina.processor.spec.ScheduleSpec;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Which {@code @Schedule} attribute applies to which kind, what it means, and the range of its
 * value. Written once so that the rules rejecting a misplaced attribute or a value out of range,
 * and their messages, cannot disagree.
 */
enum ScheduleAttribute implements KindAttribute<ScheduleKind> {
    INITIAL_RATE(AttributeNames.Schedule.INITIAL_RATE, "the rate at step 0", EnumSet.of(EXPONENTIAL, POWER, COSINE),
            Range.POSITIVE, Reasons.RATE, ScheduleSpec::initialRate, "initialRate = 0.01"),
    DECAY_RATE(AttributeNames.Schedule.DECAY_RATE, "the factor the rate is multiplied by every decaySteps",
            EnumSet.of(EXPONENTIAL), Range.POSITIVE,
            "at 0 the rate drops to 0 at once, and a negative factor has no real powers", ScheduleSpec::decayRate,
            "decayRate = 0.1"),
    DECAY_STEPS(AttributeNames.Schedule.DECAY_STEPS, "the number of steps the decay is measured in",
            EnumSet.of(EXPONENTIAL, POWER, COSINE), Range.POSITIVE, "the step is divided by it",
            ScheduleSpec::decaySteps, "decaySteps = 20"),
    STAIRCASE(AttributeNames.Schedule.STAIRCASE, "the floored exponent of exponential decay", EnumSet.of(EXPONENTIAL)),
    EXPONENT(AttributeNames.Schedule.POWER, "the exponent c of power scheduling", EnumSet.of(POWER), Range.POSITIVE,
            "at 0 the rate never changes (that is CONSTANT), and below 0 it grows", ScheduleSpec::power, "power = 1"),
    BOUNDARIES(AttributeNames.Schedule.BOUNDARIES, "the steps where a piecewise-constant rate changes",
            EnumSet.of(PIECEWISE)),
    VALUES(AttributeNames.Schedule.VALUES, "the rates of a piecewise-constant schedule", EnumSet.of(PIECEWISE)),
    ALPHA(AttributeNames.Schedule.ALPHA, "the final rate of cosine decay, as a fraction of the initial one",
            EnumSet.of(COSINE), Range.FRACTION, "it is a fraction of the initial rate", ScheduleSpec::alpha,
            "alpha = 0.0"),
    WARMUP_STEPS(AttributeNames.Schedule.WARMUP_STEPS, "the length of cosine decay's warm-up", EnumSet.of(COSINE),
            Range.NON_NEGATIVE, "a number of steps is at least 0", ScheduleSpec::warmupSteps, "warmupSteps = 1000"),
    WARMUP_TARGET(AttributeNames.Schedule.WARMUP_TARGET, "the rate cosine decay's warm-up reaches", EnumSet.of(COSINE),
            Range.POSITIVE, Reasons.RATE, ScheduleSpec::warmupTarget, "warmupTarget = 0.01"),
    MAX_RATE(AttributeNames.Schedule.MAX_RATE, "1cycle's peak rate", EnumSet.of(ONE_CYCLE), Range.POSITIVE,
            Reasons.RATE, ScheduleSpec::maxRate, "maxRate = 0.01"),
    START_RATE(AttributeNames.Schedule.START_RATE, "1cycle's rate at the start", EnumSet.of(ONE_CYCLE), Range.POSITIVE,
            Reasons.RATE, ScheduleSpec::startRate, "startRate = 0.001"),
    LAST_RATE(AttributeNames.Schedule.LAST_RATE, "1cycle's rate at the last step", EnumSet.of(ONE_CYCLE),
            Range.POSITIVE, Reasons.RATE, ScheduleSpec::lastRate, "lastRate = 0.000001"),
    LAST_FRACTION(AttributeNames.Schedule.LAST_FRACTION, "the fraction of 1cycle's steps spent on the final drop",
            EnumSet.of(ONE_CYCLE), Range.RIGHT_OPEN_FRACTION, "at 1 the final drop would take all of training",
            ScheduleSpec::lastFraction, "lastFraction = 0.1"),
    CYCLE_MOMENTUM(AttributeNames.Schedule.CYCLE_MOMENTUM, "whether 1cycle also cycles the optimizer's momentum",
            EnumSet.of(ONE_CYCLE)),
    MONITOR(AttributeNames.Schedule.MONITOR, "the quantity performance scheduling watches", EnumSet.of(PLATEAU)),
    FACTOR(AttributeNames.Schedule.FACTOR, "what performance scheduling multiplies the rate by", EnumSet.of(PLATEAU),
            Range.OPEN_FRACTION, "at 1 or more the rate would never drop (Keras rejects it too), at 0 or below"
                    + " training would stop or turn around",
            ScheduleSpec::factor, "factor = 0.5"),
    PATIENCE(AttributeNames.Schedule.PATIENCE, "the epochs without improvement before the rate drops",
            EnumSet.of(PLATEAU), Range.NON_NEGATIVE, "a number of epochs is at least 0", ScheduleSpec::patience,
            "patience = 5"),
    MIN_DELTA(AttributeNames.Schedule.MIN_DELTA, "the smallest change that counts as an improvement",
            EnumSet.of(PLATEAU), Range.NON_NEGATIVE, "a negative threshold would count a worsening as an improvement",
            ScheduleSpec::minDelta, "minDelta = 1e-4"),
    COOLDOWN(AttributeNames.Schedule.COOLDOWN, "the epochs performance scheduling waits after a drop",
            EnumSet.of(PLATEAU), Range.NON_NEGATIVE, "a number of epochs is at least 0", ScheduleSpec::cooldown,
            "cooldown = 0"),
    MIN_RATE(AttributeNames.Schedule.MIN_RATE, "the rate performance scheduling never drops below",
            EnumSet.of(PLATEAU), Range.NON_NEGATIVE, "a negative floor would let the rate turn training around",
            ScheduleSpec::minRate, "minRate = 0"),
    PER(AttributeNames.Schedule.PER, "whether the schedule counts steps or epochs",
            EnumSet.of(EXPONENTIAL, POWER, PIECEWISE, COSINE)),
    CUSTOM_CLASS(AttributeNames.Schedule.CUSTOM, "the class of a custom schedule", EnumSet.of(CUSTOM));

    /** Reasons several attributes share. */
    private static final class Reasons {
        static final String RATE = "a rate of 0 or below stops training or turns it around";
    }

    private final String attribute;
    private final String meaning;
    private final Set<ScheduleKind> kinds;
    private final Range range;
    private final String why;
    private final ToDoubleFunction<ScheduleSpec> value;
    private final String example;

    /** An attribute without a numeric range: a switch, a list, a name, a class. */
    ScheduleAttribute(String attribute, String meaning, Set<ScheduleKind> kinds) {
        this(attribute, meaning, kinds, Range.ANY, "", schedule -> Double.NaN, "");
    }

    ScheduleAttribute(String attribute, String meaning, Set<ScheduleKind> kinds, Range range, String why,
            ToDoubleFunction<ScheduleSpec> value, String example) {
        this.attribute = attribute;
        this.meaning = meaning;
        this.kinds = kinds;
        this.range = range;
        this.why = why;
        this.value = value;
        this.example = example;
    }

    @Override
    public String attribute() {
        return attribute;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    @Override
    public Set<ScheduleKind> kinds() {
        return kinds;
    }

    Range range() {
        return range;
    }

    /** Why a value out of its range is wrong, as a clause: "the step is divided by it". */
    String why() {
        return why;
    }

    /** The attribute's value in {@code schedule}; only for attributes with a numeric range. */
    double value(ScheduleSpec schedule) {
        return value.applyAsDouble(schedule);
    }

    /** A value in range, as users write it: "factor = 0.5". */
    String example() {
        return example;
    }
}
