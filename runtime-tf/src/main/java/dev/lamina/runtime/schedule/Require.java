package dev.lamina.runtime.schedule;

/** Argument checks with the schedules' error format: {@code <Name>: expected ... Received: ...}. */
final class Require {
    private Require() {}

    /** {@code value}, if positive and finite. */
    static double positive(String schedule, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(schedule + ": expected a positive " + name + ". Received: " + name + "=" + value);
        }
        return value;
    }

    /** {@code value}, if ≥ 0 and finite. */
    static double nonNegative(String schedule, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(schedule + ": expected " + name + " >= 0. Received: " + name + "=" + value);
        }
        return value;
    }
}
