package dev.lamina.runtime.schedule;

/** The same rate at every step: what a model without a schedule trains with. */
public final class ConstantRate implements LearningRateSchedule {
    private final double rate;

    /** @param rate the learning rate, positive */
    public ConstantRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("ConstantRate: expected a positive rate. Received: " + rate);
        }
        this.rate = rate;
    }

    @Override
    public double rate(long step, int epoch) {
        return rate;
    }
}
