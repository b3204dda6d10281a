package dev.lamina.runtime.schedule;

import dev.lamina.runtime.io.Resumable;

/**
 * The learning rate at each training step. The training loop feeds the rate as a graph input at
 * every step, so a schedule is plain host-side code, a function of the step: {@link #start} once
 * when {@code fit} begins, then {@link #rate} before every step. A rate that reacts to the epoch's
 * results (Keras's {@code ReduceLROnPlateau}) is a callback, not a schedule.
 *
 * <p>A user-written schedule is a class implementing this interface with a public no-argument
 * constructor, named in {@code @Schedule(value = CUSTOM, custom = MySchedule.class)}; for example
 * Keras's {@code 0.01 * 0.1**(epoch / 20)}:
 * <pre>{@code
 * public final class MySchedule implements LearningRateSchedule {
 *     public double rate(long step, int epoch) {
 *         return 0.01 * Math.pow(0.1, epoch / 20.0);
 *     }
 * }
 * }</pre>
 */
public interface LearningRateSchedule extends Resumable {
    /**
     * Called once when fit starts: the run's size and the optimizer's declared rate.
     *
     * @param epochs the number of epochs this fit runs
     * @param stepsPerEpoch the number of optimizer steps (batches) in one epoch
     * @param initialRate the learning rate the optimizer was declared with
     */
    default void start(int epochs, int stepsPerEpoch, double initialRate) {}

    /**
     * The rate for the step about to run.
     *
     * @param step optimizer iterations so far (0-based, across fits), read before the step
     * @param epoch epochs completed before this step, over the model's life (across fits, as
     *     {@code step}): a resumed run sees the epochs an uninterrupted one would
     */
    double rate(long step, int epoch);

    /**
     * The optimizer's momentum coefficient (β1, or SGD's μ) for the step about to run, read after
     * {@link #rate} for the same step; NaN, the default, leaves the optimizer's declared momentum.
     * A schedule that cycles momentum (1cycle's {@code withMomentum}) needs an optimizer built with
     * {@code withMomentumCycling()}.
     */
    default double momentum(long step, int epoch) {
        return Double.NaN;
    }
}
