package dev.lamina.runtime.train.feed;

import dev.lamina.runtime.schedule.LearningRateSchedule;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat64;

/**
 * The momentum a schedule sets for each step (1cycle's cycled β1 or μ), fed to the optimizer's
 * momentum input; nothing is fed while the schedule leaves the momentum alone (NaN), so the
 * optimizer's declared value applies. One tensor, made once per fit and refilled every step.
 */
public final class StepMomentum implements AutoCloseable {
    private final Optional<? extends Operand<TFloat64>> input;
    private final LearningRateSchedule schedule;
    private final TFloat64 value = TFloat64.scalarOf(0.0);
    private boolean fed;

    /**
     * @param input the optimizer's momentum input, absent unless it was built with momentum cycling
     * @param schedule the fit's schedule
     */
    public StepMomentum(Optional<? extends Operand<TFloat64>> input, LearningRateSchedule schedule) {
        this.input = input;
        this.schedule = schedule;
    }

    /**
     * Reads the schedule's momentum for this step (after its rate for the same step).
     *
     * @throws IllegalStateException if the schedule cycles the momentum of an optimizer built without an input for it
     */
    public void load(long step, int epoch) {
        double momentum = schedule.momentum(step, epoch);
        fed = !Double.isNaN(momentum);
        if (fed && input.isEmpty()) {
            throw new IllegalStateException("The schedule sets the momentum (" + momentum + " at step " + step
                    + "), but the optimizer was built without momentum cycling: declare"
                    + " @Schedule(cycleMomentum = true) or build the optimizer with withMomentumCycling()");
        }
        if (fed) {
            value.setDouble(momentum);
        }
    }

    /** Adds this step's momentum to {@code runner}, if the schedule set one. */
    public Session.Runner feed(Session.Runner runner) {
        return fed ? runner.feed(input.orElseThrow(), value) : runner;
    }

    @Override
    public void close() {
        value.close();
    }
}
