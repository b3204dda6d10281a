package dev.lamina.dsl;

/**
 * How the learning rate changes during training. {@code t} is the step (or the epoch, with
 * {@code per = EPOCH}), counted from 0; {@code lr0} is the schedule's initial rate. Parameters
 * are {@link Schedule}'s attributes.
 */
public enum ScheduleKind {
    /** The optimizer's learning rate at every step: no schedule. */
    CONSTANT,
    /** {@code lr0 * decayRate ^ (t / decaySteps)}, the exponent floored with {@code staircase} (Keras {@code ExponentialDecay}). */
    EXPONENTIAL,
    /** {@code lr0 / (1 + t / decaySteps) ^ power} (power scheduling; Keras {@code InverseTimeDecay} is {@code power = 1}). */
    POWER,
    /** {@code values[i]} while {@code boundaries[i - 1] < t <= boundaries[i]} (Keras {@code PiecewiseConstantDecay}). */
    PIECEWISE,
    /**
     * Cosine decay from {@code lr0} to {@code alpha * lr0} over {@code decaySteps}, after an
     * optional linear warm-up to {@code warmupTarget} (Keras {@code CosineDecay}).
     */
    COSINE,
    /**
     * Smith's 1cycle as in Geron's {@code OneCycleScheduler}: up from {@code startRate} to
     * {@code maxRate} over about the first half of training, back down over the second, then
     * toward {@code lastRate} over the last {@code lastFraction} of the steps.
     */
    ONE_CYCLE,
    /**
     * Performance scheduling: multiply the rate by {@code factor} when {@code monitor} has not
     * improved for {@code patience} epochs (Keras {@code ReduceLROnPlateau}).
     */
    PLATEAU,
    /** A class of yours implementing the runtime's {@code LearningRateSchedule}, named by {@link Schedule#custom()}. */
    CUSTOM
}
