package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a {@link Model}'s learning rate changes during training, with the parameters of its kind.
 * Names and defaults are Keras's. Each attribute applies to the kinds its Javadoc names; one
 * written for another kind is a compile error, never silently ignored. {@code t} is the step,
 * counted from 0 (or the epoch, with {@code per = EPOCH}).
 *
 * <pre>{@code
 * @Schedule(value = ScheduleKind.EXPONENTIAL, initialRate = 0.01, decayRate = 0.1, decaySteps = 20,
 *           per = Granularity.EPOCH)                               // 0.01 * 0.1 ** (epoch / 20)
 * @Schedule(value = ScheduleKind.PLATEAU, factor = 0.5, patience = 5)
 * @Schedule(value = ScheduleKind.CUSTOM, custom = WarmRestarts.class)
 * }</pre>
 *
 * {@code @Optimizer(schedule = X)} alone means {@code @Schedule(X)} with these defaults.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schedule {
    /** The kind of schedule. Required. */
    ScheduleKind value();

    /**
     * EXPONENTIAL, POWER, COSINE: the rate at {@code t = 0} ({@code lr0}). Default: the
     * optimizer's learning rate. Positive.
     */
    double initialRate() default Defaults.UNSET;

    /** EXPONENTIAL only: the factor applied every {@code decaySteps}. Required there; positive. */
    double decayRate() default Defaults.UNSET;

    /**
     * EXPONENTIAL, POWER, COSINE: the steps (or epochs) the decay is measured in: EXPONENTIAL
     * multiplies by {@code decayRate} every {@code decaySteps}, POWER divides by
     * {@code 2 ^ power} after {@code decaySteps}, COSINE reaches its floor after
     * {@code decaySteps}. Required there; positive.
     */
    double decaySteps() default Defaults.UNSET;

    /** EXPONENTIAL only: floor {@code t / decaySteps}, so the rate drops in steps. Default {@code false}. */
    boolean staircase() default false;

    /**
     * POWER only: the exponent {@code c} of {@code lr0 / (1 + t / decaySteps) ^ c}. Default {@value
     * Defaults#POWER_DECAY_POWER}. Positive.
     */
    double power() default Defaults.POWER_DECAY_POWER;

    /**
     * PIECEWISE only: the steps (or epochs) at which the rate changes, strictly increasing; a step
     * equal to a boundary keeps the earlier value. Required there.
     */
    double[] boundaries() default {};

    /**
     * PIECEWISE only: the rate before the first boundary, between each pair, and after the last; one
     * more than {@code boundaries}. Required there.
     */
    double[] values() default {};

    /**
     * COSINE only: the final rate as a fraction of the initial one. Default {@value
     * Defaults#COSINE_ALPHA}. In {@code [0, 1]}.
     */
    double alpha() default Defaults.COSINE_ALPHA;

    /**
     * COSINE only: the steps of a linear warm-up from {@code initialRate} to {@code warmupTarget}
     * before the decay starts. Default {@value Defaults#COSINE_WARMUP_STEPS}: no warm-up. At least
     * 0; needs {@code warmupTarget}.
     */
    double warmupSteps() default Defaults.COSINE_WARMUP_STEPS;

    /** COSINE only: the rate the warm-up reaches, which the decay then starts from. Default: no warm-up. Positive. */
    double warmupTarget() default Defaults.UNSET;

    /** ONE_CYCLE only: the peak rate, reached about half-way. Default: the optimizer's learning rate. Positive. */
    double maxRate() default Defaults.UNSET;

    /**
     * ONE_CYCLE only: the rate at the start and after the peak. Default: {@code maxRate / }{@value
     * Defaults#ONE_CYCLE_START_DIVISOR}. Positive, at most {@code maxRate}.
     */
    double startRate() default Defaults.UNSET;

    /**
     * ONE_CYCLE only: the rate at the last step. Default: {@code startRate / }{@value
     * Defaults#ONE_CYCLE_LAST_DIVISOR}. Positive.
     */
    double lastRate() default Defaults.UNSET;

    /**
     * ONE_CYCLE only: the fraction of the steps spent on the final drop. Default {@value
     * Defaults#ONE_CYCLE_LAST_FRACTION}. In {@code [0, 1)}.
     */
    double lastFraction() default Defaults.ONE_CYCLE_LAST_FRACTION;

    /**
     * ONE_CYCLE only: also cycle the optimizer's momentum (β1 of the Adam family, SGD's momentum)
     * opposite to the rate, from {@value Defaults#ONE_CYCLE_MAX_MOMENTUM} down to {@value
     * Defaults#ONE_CYCLE_BASE_MOMENTUM} at the peak and back (Smith's 1cycle, PyTorch's
     * {@code OneCycleLR(cycle_momentum=True)}). Default {@code false}: the optimizer's own momentum
     * throughout. The optimizer must have momentum.
     */
    boolean cycleMomentum() default false;

    /**
     * PLATEAU only: the quantity watched at the end of each epoch: {@code "loss"},
     * {@code "val_loss"}, or a metric of the model ({@code "accuracy"}, {@code "val_accuracy"}).
     * Losses must fall, accuracies rise (Keras's mode {@code "auto"}). Default
     * {@value Defaults#PLATEAU_MONITOR}.
     */
    String monitor() default Defaults.PLATEAU_MONITOR;

    /**
     * PLATEAU only: the rate is multiplied by it on a plateau. Default {@value
     * Defaults#PLATEAU_FACTOR}. In {@code (0, 1)}.
     */
    double factor() default Defaults.PLATEAU_FACTOR;

    /**
     * PLATEAU only: epochs without improvement before the rate drops. Default {@value
     * Defaults#PLATEAU_PATIENCE}. At least 0.
     */
    int patience() default Defaults.PLATEAU_PATIENCE;

    /**
     * PLATEAU only: the smallest change of {@code monitor} that counts as an improvement. Default
     * {@value Defaults#PLATEAU_MIN_DELTA}. At least 0.
     */
    double minDelta() default Defaults.PLATEAU_MIN_DELTA;

    /**
     * PLATEAU only: epochs to wait after a drop before watching again. Default {@value
     * Defaults#PLATEAU_COOLDOWN}. At least 0.
     */
    int cooldown() default Defaults.PLATEAU_COOLDOWN;

    /** PLATEAU only: the rate never drops below it. Default {@value Defaults#PLATEAU_MIN_RATE}. At least 0. */
    double minRate() default Defaults.PLATEAU_MIN_RATE;

    /**
     * EXPONENTIAL, POWER, PIECEWISE, COSINE: whether {@code t} counts steps or epochs. Default
     * {@link Granularity#STEP}, as Keras's schedules. (1cycle always moves per step; PLATEAU
     * always per epoch.)
     */
    Granularity per() default Granularity.STEP;

    /**
     * CUSTOM only: your schedule, a public class implementing
     * {@code dev.lamina.runtime.schedule.LearningRateSchedule} with a public constructor without
     * parameters. Required there. Default {@code void.class}: none.
     */
    Class<?> custom() default void.class;
}
