package dev.lamina.runtime.train;

import dev.lamina.runtime.schedule.LearningRateSchedule;

/**
 * A model's learning rate, as Keras's {@code optimizer.learning_rate}: the rate a step takes when
 * no schedule sets it (the declared one, until changed), and the schedule of the {@code fit}
 * under way, which decides whether the rate may change now: a schedule sets every step's rate,
 * so a change is refused while one runs (Keras refuses the same).
 */
final class LearningRate {
    private final String model;
    private double value;
    /** {@link #value} as a schedule: what the model trains with when none is declared. */
    private final LearningRateSchedule own = new OwnRate();
    /** The schedule of the fit under way; null between fits. */
    private LearningRateSchedule active;

    /** @param model the model's name, for messages */
    LearningRate(String model, double declared) {
        this.model = model;
        this.value = declared;
    }

    double value() {
        return value;
    }

    /** The model's own rate as a schedule. */
    LearningRateSchedule own() {
        return own;
    }

    /** Sets the rate from the next step on; refused while a fit takes its rates from a schedule. */
    void set(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(model + ": expected a positive learning rate. Received: " + rate);
        }
        if (active != null && active != own) {
            throw new IllegalStateException(model + " is training with the schedule "
                    + active.getClass().getSimpleName() + ", which sets every step's rate, so the rate cannot"
                    + " be set to " + rate + ". Train without a schedule to change the rate between epochs.");
        }
        value = rate;
    }

    /** {@link #value} at every step. */
    private final class OwnRate implements LearningRateSchedule {
        @Override
        public double rate(long step, int epoch) {
            return value;
        }
    }

    /** Marks {@code schedule} as the one in use (null when the fit ends). */
    void training(LearningRateSchedule schedule) {
        active = schedule;
    }
}
