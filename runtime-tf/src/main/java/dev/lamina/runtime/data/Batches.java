package dev.lamina.runtime.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One epoch of a {@link Dataset} in batches, made by {@link Dataset#batches}. The order is fixed
 * when this object is made, so iterating it twice yields the same batches; every example appears
 * exactly once per iteration.
 */
public final class Batches implements Iterable<Batch> {
    private final Dataset dataset;
    private final int batchSize;
    /** Example indices in visiting order, or {@code null} for the natural order. */
    private final int[] order;

    Batches(Dataset dataset, int batchSize, int[] order) {
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.order = order;
    }

    /** The number of batches: {@code ceil(size / batchSize)}, counting a last, partial batch. */
    public int batchCount() {
        return (int) (((long) dataset.size() + batchSize - 1) / batchSize);
    }

    /** The size of every batch except possibly the last. */
    public int batchSize() {
        return batchSize;
    }

    @Override
    public Iterator<Batch> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < dataset.size();
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("All " + batchCount() + " batches of this epoch were already returned.");
                }
                int from = next;
                int count = Math.min(batchSize, dataset.size() - from);
                next = from + count;
                return batch(from, count);
            }
        };
    }

    private Batch batch(int from, int count) {
        float[] features = new float[count * dataset.exampleSize()];
        int[] labels = new int[count];
        if (order == null) {
            dataset.copyRangeInto(from, count, features, labels);
        } else {
            for (int k = 0; k < count; k++) {
                dataset.copyInto(order[from + k], features, labels, k);
            }
        }
        return new Batch(features, labels);
    }
}
