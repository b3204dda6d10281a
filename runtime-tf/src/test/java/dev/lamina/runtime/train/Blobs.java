package dev.lamina.runtime.train;

import dev.lamina.runtime.data.Dataset;
import java.util.Random;

/** Test data for the runtime's model tests. */
public final class Blobs {
    private Blobs() {}

    /** Three Gaussian blobs in 4 dimensions (shaped 2 × 2): separable, so a small net must learn them. */
    public static Dataset of(int n, long seed) {
        Random random = new Random(seed);
        float[] features = new float[n * 4];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 4; j++) {
                features[i * 4 + j] = (float) (random.nextGaussian() * 0.5 + (j == labels[i] ? 2 : 0));
            }
        }
        return Dataset.of(features, new long[] {2, 2}, labels);
    }
}
