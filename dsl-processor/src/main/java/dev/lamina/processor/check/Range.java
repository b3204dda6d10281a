package dev.lamina.processor.check;

/** The values a numeric attribute may take, with the phrase a message states the range in. */
public enum Range {
    /** No numeric range (a switch, a list, a name, a class). */
    ANY(""),
    POSITIVE("positive and finite"),
    NON_NEGATIVE("finite and at least 0"),
    FRACTION("in [0, 1]"),
    RIGHT_OPEN_FRACTION("in [0, 1)"),
    OPEN_FRACTION("in (0, 1)");

    private final String phrase;

    Range(String phrase) {
        this.phrase = phrase;
    }

    /** The range as the message states it: "in (0, 1)". */
    public String phrase() {
        return phrase;
    }

    /** Whether {@code value} is in the range; NaN is in none but {@link #ANY}. */
    public boolean contains(double value) {
        return switch (this) {
            case ANY -> true;
            case POSITIVE -> value > 0 && !Double.isInfinite(value);
            case NON_NEGATIVE -> value >= 0 && !Double.isInfinite(value);
            case FRACTION -> value >= 0 && value <= 1;
            case RIGHT_OPEN_FRACTION -> value >= 0 && value < 1;
            case OPEN_FRACTION -> value > 0 && value < 1;
        };
    }
}
