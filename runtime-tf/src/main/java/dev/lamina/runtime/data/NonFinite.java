package dev.lamina.runtime.data;

import java.util.stream.IntStream;

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

    /** Values per block: a block is summed branch-free, and searched only when its sum is not 0. */
    private static final int BLOCK = 4096;
    /** From this many blocks (4 M values) on, the blocks are scanned in parallel. */
    private static final int PARALLEL_BLOCKS = 1024;

    /** The first non-finite value, features before targets; {@code null} when there is none. */
    static NonFinite find(float[] features, int exampleSize, Targets targets) {
        int feature = firstNonFinite(features);
        if (feature >= 0) {
            return new NonFinite(feature / exampleSize, false, feature % exampleSize, features[feature]);
        }
        float[] values = targets.values();
        int target = firstNonFinite(values);
        int width = targets.width();
        return target < 0 ? null : new NonFinite(target / width, true, target % width, values[target]);
    }

    /**
     * The index of the first NaN or infinity, or −1: one pass. {@code x·0} is 0 for a finite
     * {@code x} and NaN for NaN and ±∞, so a block's sum of {@code x·0} is 0 exactly when the
     * block is finite; only a block whose sum is not 0 is searched value by value. The sum has no
     * branch and four independent accumulators (float additions cannot be reordered, so one
     * accumulator would make every addition wait for the last): several times faster than a
     * compare per value on 43 million pixels.
     */
    static int firstNonFinite(float[] values) {
        int blocks = (values.length + BLOCK - 1) / BLOCK;
        IntStream indices = IntStream.range(0, blocks);
        // Large arrays (a data set of images) are scanned on every core; findFirst keeps the order.
        return (blocks >= PARALLEL_BLOCKS ? indices.parallel() : indices)
                .map(block -> firstInBlock(values, block * BLOCK)).filter(i -> i >= 0).findFirst().orElse(-1);
    }

    private static int firstInBlock(float[] values, int from) {
        int to = Math.min(values.length, from + BLOCK);
        float a0 = 0;
        float a1 = 0;
        float a2 = 0;
        float a3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            a0 += values[i] * 0f;
            a1 += values[i + 1] * 0f;
            a2 += values[i + 2] * 0f;
            a3 += values[i + 3] * 0f;
        }
        for (; i < to; i++) {
            a0 += values[i] * 0f;
        }
        if (a0 + a1 + a2 + a3 != 0) {
            for (int k = from; k < to; k++) {
                if (!Float.isFinite(values[k])) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** The value and its place: "NaN in feature 3 of example 17". */
    public String describe() {
        return value + " in " + (inTargets ? "target" : "feature") + " " + position + " of example " + example;
    }
}
