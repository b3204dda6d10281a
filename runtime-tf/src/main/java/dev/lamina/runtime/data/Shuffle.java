package dev.lamina.runtime.data;

import java.util.SplittableRandom;

/**
 * The per-epoch example order: a Fisher–Yates permutation from a generator seeded by {@code
 * (seed, epoch)}. Mixing the two into one seed (instead of, say, splitting a generator once per
 * past epoch) makes epoch 29's order as cheap to compute as epoch 0's, and a resumed run gets the
 * same order as an uninterrupted one.
 */
final class Shuffle {
    /** 2^64 / φ: spreads consecutive seeds far apart before the epoch is added. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Shuffle() {}

    /** A permutation of {@code 0..n-1} that depends only on {@code (n, seed, epoch)}. */
    static int[] permutation(int n, long seed, int epoch) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * GOLDEN_GAMMA + epoch);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
