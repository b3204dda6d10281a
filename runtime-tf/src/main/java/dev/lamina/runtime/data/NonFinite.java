package dev.lamina.runtime.data;

/**
 * The first NaN or infinite value of a data set: where it is, for an error message that lets the
 * user find it. One NaN feature would make the first step's gradients NaN, and every weight with
 * them, without a word: it is stopped at the boundary instead.
 *
 * @param example the example's index
 * @param inTargets whether the value is a target (else a feature)
 * @param position the feature's position within the example (row-major), or the target's column
 * @param value the value itself (NaN, Infinity or -Infinity)
 */
public record NonFinite(int example, boolean inTargets, int position, float value) {

    /**
     * The first non-finite value, features before targets; {@code null} when there is none.
     * One pass over each array; {@code x - x} is NaN exactly when {@code x} is NaN or infinite,
     * one subtraction and compare per value.
     */
    static NonFinite find(float[] features, int exampleSize, Targets targets) {
        for (int i = 0; i < features.length; i++) {
            float x = features[i];
            if (x - x != 0) {
                return new NonFinite(i / exampleSize, false, i % exampleSize, x);
            }
        }
        float[] values = targets.values();
        int width = targets.width();
        for (int i = 0; i < values.length; i++) {
            float y = values[i];
            if (y - y != 0) {
                return new NonFinite(i / width, true, i % width, y);
            }
        }
        return null;
    }

    /** The value and its place: "NaN in feature 3 of example 17". */
    public String describe() {
        return value + " in " + (inTargets ? "target" : "feature") + " " + position + " of example " + example;
    }
}
