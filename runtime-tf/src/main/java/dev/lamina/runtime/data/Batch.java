package dev.lamina.runtime.data;

/**
 * One batch of examples: {@link #size()} examples' features, row-major, and their targets.
 *
 * <p>Each batch owns freshly allocated arrays (one {@code float[]} of features and one of targets
 * per batch, no per-example objects). A batch therefore stays valid after the iterator moves on,
 * may be handed to another thread, and may be changed by its holder (e.g. augmented in place)
 * without affecting the {@link Dataset}. The alternative, reusing buffers across batches, would
 * save little next to a training step and would make "valid until the next {@code next()}" a trap.
 */
public final class Batch {
    private final float[] features;
    private final float[] targets;
    private final int width;
    private final Targets.Kind kind;

    Batch(float[] features, float[] targets, int width, Targets.Kind kind) {
        this.features = features;
        this.targets = targets;
        this.width = width;
        this.kind = kind;
    }

    /** The number of examples in this batch; the last batch of an epoch may be smaller. */
    public int size() {
        return targets.length / width;
    }

    /** {@code size() × exampleSize} values, example after example (this batch's own array). */
    public float[] features() {
        return features;
    }

    /** {@code size() × targetWidth()} target values, example after example (this batch's own array). */
    public float[] targets() {
        return targets;
    }

    /** The number of target values per example. */
    public int targetWidth() {
        return width;
    }

    /** One class index per example, in the order of {@link #features()} (a new array); class labels only. */
    public int[] labels() {
        if (kind == Targets.Kind.REAL) {
            throw new IllegalStateException("This batch holds real-valued targets (a regression): read targets().");
        }
        int[] labels = new int[targets.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) targets[i];
        }
        return labels;
    }
}
