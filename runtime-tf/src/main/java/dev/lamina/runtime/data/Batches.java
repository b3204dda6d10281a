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

    /**
     * Copies batch {@code index} (0-based) into the start of {@code features} and {@code targets},
     * arrays the caller reuses from batch to batch: the training loop's way to assemble batches
     * without allocating. Holds no reference to the arrays.
     *
     * @param targets room for the batch's targets, {@link Targets#width()} per example
     * @return the number of examples in the batch ({@link #batchSize()}, or fewer for the last)
     * @throws IndexOutOfBoundsException if there is no such batch or the arrays cannot hold it
     */
    public int fill(int index, float[] features, float[] targets) {
        int from = firstExample(index);
        int count = Math.min(batchSize, dataset.size() - from);
        int width = dataset.targets().width();
        if (features.length < count * dataset.exampleSize() || targets.length < count * width) {
            throw new IndexOutOfBoundsException("Batch " + index + " has " + count + " examples of "
                    + dataset.exampleSize() + " values and " + width + " targets: the arrays hold " + features.length
                    + " values and " + targets.length + " targets.");
        }
        copy(from, count, features, targets);
        return count;
    }

    /** As {@link #fill(int, float[], float[])}, with class labels (an error for real-valued targets). */
    public int fill(int index, float[] features, int[] labels) {
        if (dataset.targets().kind() == Targets.Kind.REAL) {
            throw new IllegalStateException("This data set holds real-valued targets (a regression): fill a float[].");
        }
        int from = firstExample(index);
        int expected = Math.min(batchSize, dataset.size() - from);
        if (features.length < expected * dataset.exampleSize() || labels.length < expected) {
            throw new IndexOutOfBoundsException("Batch " + index + " has " + expected + " examples of "
                    + dataset.exampleSize() + " values: the arrays hold " + features.length + " values and "
                    + labels.length + " labels.");
        }
        float[] targets = new float[labels.length];
        int count = fill(index, features, targets);
        for (int k = 0; k < count; k++) {
            labels[k] = (int) targets[k];
        }
        return count;
    }

    /**
     * Copies the example indices of batch {@code index} (0-based) into the start of {@code
     * indices}, an array the caller reuses: for a loop that keeps the data elsewhere (in the
     * graph) and needs only which examples form the batch.
     *
     * @return the number of examples in the batch
     * @throws IndexOutOfBoundsException if there is no such batch or the array cannot hold it
     */
    public int fillIndices(int index, int[] indices) {
        int from = firstExample(index);
        int count = Math.min(batchSize, dataset.size() - from);
        if (indices.length < count) {
            throw new IndexOutOfBoundsException("Batch " + index + " has " + count + " examples: the array holds "
                    + indices.length + " indices.");
        }
        for (int k = 0; k < count; k++) {
            indices[k] = order == null ? from + k : order[from + k];
        }
        return count;
    }

    /** The position of batch {@code index}'s first example, after checking that the batch exists. */
    private int firstExample(int index) {
        if (index < 0 || index >= batchCount()) {
            throw new IndexOutOfBoundsException("Batch " + index + " does not exist: this epoch has " + batchCount()
                    + " batches (0.." + (batchCount() - 1) + ").");
        }
        return index * batchSize;
    }

    private Batch batch(int from, int count) {
        Targets targets = dataset.targets();
        float[] features = new float[count * dataset.exampleSize()];
        float[] batchTargets = new float[count * targets.width()];
        copy(from, count, features, batchTargets);
        return new Batch(features, batchTargets, targets.width(), targets.kind());
    }

    private void copy(int from, int count, float[] features, float[] targets) {
        if (order == null) {
            dataset.copyRangeInto(from, count, features, targets);
        } else {
            for (int k = 0; k < count; k++) {
                dataset.copyInto(order[from + k], features, targets, k);
            }
        }
    }
}
