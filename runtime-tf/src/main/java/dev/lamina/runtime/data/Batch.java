package dev.lamina.runtime.data;

/**
 * One batch of examples: {@link #size()} examples' features, row-major, and their labels.
 *
 * <p>Each batch owns freshly allocated arrays (one {@code float[]} and one {@code int[]} per
 * batch, no per-example objects). A batch therefore stays valid after the iterator moves on, may
 * be handed to another thread, and may be changed by its holder (e.g. augmented in place) without
 * affecting the {@link Dataset}. The alternative, reusing buffers across batches, would save
 * little next to a training step and would make "valid until the next {@code next()}" a trap.
 */
public final class Batch {
    private final float[] features;
    private final int[] labels;

    Batch(float[] features, int[] labels) {
        this.features = features;
        this.labels = labels;
    }

    /** The number of examples in this batch; the last batch of an epoch may be smaller. */
    public int size() {
        return labels.length;
    }

    /** {@code size() × exampleSize} values, example after example (this batch's own array). */
    public float[] features() {
        return features;
    }

    /** One class index per example, in the order of {@link #features()} (this batch's own array). */
    public int[] labels() {
        return labels;
    }
}
