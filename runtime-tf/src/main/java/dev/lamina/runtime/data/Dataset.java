package dev.lamina.runtime.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * An immutable, in-memory data set of float examples with integer class labels, as the training
 * loop consumes it.
 *
 * <p>The features are one contiguous {@code float[]} of {@code size() × exampleSize()} values,
 * row-major, rather than one array per example: Fashion-MNIST's 60,000 × 784 values then cost one
 * allocation and no per-example objects, and a batch is assembled with {@link
 * System#arraycopy}. The arrays are never exposed, so a {@code Dataset} cannot be changed after it
 * is made; examples leave it only by copy ({@link #copyExample}, {@link #batches}).
 *
 * <p>Labels are class indices, as sparse categorical cross-entropy expects: non-negative, with
 * {@link #numClasses()} one more than the largest.
 */
public final class Dataset {
    private final float[] features;
    private final long[] exampleShape;
    private final int exampleSize;
    private final int[] labels;
    private final int numClasses;

    private Dataset(float[] features, long[] exampleShape, int exampleSize, int[] labels) {
        this.features = features;
        this.exampleShape = exampleShape;
        this.exampleSize = exampleSize;
        this.labels = labels;
        this.numClasses = checkLabels(labels);
    }

    /**
     * Wraps existing arrays without copying them, because a copy of a real data set can cost
     * hundreds of megabytes. The caller hands the arrays over: it must not change them afterwards,
     * or this data set (which promises immutability) changes with them.
     *
     * @param features {@code labels.length × product(exampleShape)} values, example after
     *     example, each example row-major
     * @param exampleShape the shape of one example, without the batch dimension (e.g. {@code {28,
     *     28}}); every dimension positive
     * @param labels one non-negative class index per example
     * @throws IllegalArgumentException if the shape is empty or has a non-positive dimension, if
     *     the number of feature values does not match, or if a label is negative
     */
    public static Dataset of(float[] features, long[] exampleShape, int[] labels) {
        if (features == null || exampleShape == null || labels == null) {
            throw new IllegalArgumentException("Dataset.of: features, exampleShape and labels must not be null."
                    + " Received: features=" + (features == null ? "null" : "float[" + features.length + "]")
                    + ", exampleShape=" + Arrays.toString(exampleShape)
                    + ", labels=" + (labels == null ? "null" : "int[" + labels.length + "]"));
        }
        long[] shape = exampleShape.clone();
        int exampleSize = exampleSize(shape);
        long expected = (long) labels.length * exampleSize;
        if (features.length != expected) {
            throw new IllegalArgumentException("Dataset.of: expected " + expected + " feature values ("
                    + labels.length + " labels × " + exampleSize + " values per example of shape "
                    + Arrays.toString(shape) + "). Received: " + features.length
                    + " values. Check that the labels belong to these features and that the example shape is right.");
        }
        return new Dataset(features, shape, exampleSize, labels);
    }

    private static int exampleSize(long[] shape) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("Dataset.of: expected an example shape with at least one dimension"
                    + " (e.g. {28, 28}). Received: []");
        }
        long product = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < 1) {
                throw new IllegalArgumentException("Dataset.of: expected every dimension of the example shape to be"
                        + " positive. Received: " + Arrays.toString(shape) + " (dimension " + d + " is " + shape[d] + ")");
            }
            product *= shape[d];
            if (product > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Dataset.of: the example shape " + Arrays.toString(shape)
                        + " has more than " + Integer.MAX_VALUE + " values per example, more than a Java array holds.");
            }
        }
        return (int) product;
    }

    /** Rejects negative labels and returns the class count, so it is computed once, not per call. */
    private static int checkLabels(int[] labels) {
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label < 0) {
                throw new IllegalArgumentException("Dataset: expected class indices >= 0. Received: label " + label
                        + " at example " + i + ". Map the labels to 0..k-1 first (e.g. with mapLabels).");
            }
            max = Math.max(max, label);
        }
        return max + 1;
    }

    /** The number of examples. */
    public int size() {
        return labels.length;
    }

    /** The shape of one example, without the batch dimension (a copy: the caller may change it). */
    public long[] exampleShape() {
        return exampleShape.clone();
    }

    /** The number of values in one example: the product of {@link #exampleShape()}. */
    public int exampleSize() {
        return exampleSize;
    }

    /** The class index of example {@code i}. */
    public int label(int i) {
        checkIndex(i);
        return labels[i];
    }

    /** One more than the largest label; 0 for an empty data set. */
    public int numClasses() {
        return numClasses;
    }

    /**
     * Copies example {@code i}'s {@link #exampleSize()} values into {@code dst} from {@code
     * dstOffset} on. Copying into a caller's buffer, instead of returning an array, lets the caller
     * reuse one buffer for many examples.
     */
    public void copyExample(int i, float[] dst, int dstOffset) {
        checkIndex(i);
        if (dst == null || dstOffset < 0 || dstOffset > dst.length - exampleSize) {
            throw new IllegalArgumentException("copyExample: expected room for " + exampleSize + " values from offset "
                    + dstOffset + ". Received: " + (dst == null ? "null" : "float[" + dst.length + "]"));
        }
        System.arraycopy(features, i * exampleSize, dst, dstOffset, exampleSize);
    }

    /**
     * A copy of examples {@code from} (inclusive) to {@code to} (exclusive), so that the slice
     * does not keep the whole data set's features alive.
     */
    public Dataset slice(int from, int to) {
        if (from < 0 || to < from || to > size()) {
            throw new IndexOutOfBoundsException("slice: expected 0 <= from <= to <= size (" + size()
                    + "). Received: from=" + from + ", to=" + to);
        }
        float[] f = Arrays.copyOfRange(features, from * exampleSize, to * exampleSize);
        return new Dataset(f, exampleShape, exampleSize, Arrays.copyOfRange(labels, from, to));
    }

    /** The first {@code n} examples, as a copy; a subset for quick experiments. */
    public Dataset take(int n) {
        if (n < 0 || n > size()) {
            throw new IllegalArgumentException("take: expected 0 <= n <= size. Received: n=" + n + ", size=" + size()
                    + ". Take at most " + size() + " examples from this data set.");
        }
        return slice(0, n);
    }

    /** The examples whose label passes {@code onLabel}, in their original order (a copy). */
    public Dataset filter(IntPredicate onLabel) {
        Objects.requireNonNull(onLabel, "onLabel");
        int kept = 0;
        for (int label : labels) {
            if (onLabel.test(label)) {
                kept++;
            }
        }
        float[] f = new float[kept * exampleSize];
        int[] l = new int[kept];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (onLabel.test(labels[i])) {
                System.arraycopy(features, i * exampleSize, f, k * exampleSize, exampleSize);
                l[k++] = labels[i];
            }
        }
        return new Dataset(f, exampleShape, exampleSize, l);
    }

    /**
     * The same examples with each label replaced by {@code f(label)} (e.g. a binary task "is it a
     * sandal?"). The features are shared, not copied: neither data set can change them.
     *
     * @throws IllegalArgumentException if {@code f} returns a negative label
     */
    public Dataset mapLabels(IntUnaryOperator f) {
        Objects.requireNonNull(f, "f");
        int[] l = new int[labels.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = f.applyAsInt(labels[i]);
        }
        return new Dataset(features, exampleShape, exampleSize, l);
    }

    /**
     * The examples in batches of {@code batchSize}, the last one possibly smaller (as Keras keeps
     * it). With {@code shuffle}, the order is a permutation that depends only on {@code (seed,
     * epoch)}: each epoch sees a different order, and a rerun with the same seed sees the same
     * ones. Without it, the natural order.
     *
     * @throws IllegalArgumentException if {@code batchSize < 1}
     */
    public Batches batches(int batchSize, boolean shuffle, long seed, int epoch) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batches: expected a batch size >= 1. Received: " + batchSize);
        }
        int[] order = shuffle ? Shuffle.permutation(size(), seed, epoch) : null;
        return new Batches(this, batchSize, order);
    }

    /** Copies example {@code i}'s features and label to position {@code k} of a batch's arrays. */
    void copyInto(int i, float[] batchFeatures, int[] batchLabels, int k) {
        System.arraycopy(features, i * exampleSize, batchFeatures, k * exampleSize, exampleSize);
        batchLabels[k] = labels[i];
    }

    /** Copies {@code count} consecutive examples from {@code from} on: one copy for a whole batch. */
    void copyRangeInto(int from, int count, float[] batchFeatures, int[] batchLabels) {
        System.arraycopy(features, from * exampleSize, batchFeatures, 0, count * exampleSize);
        System.arraycopy(labels, from, batchLabels, 0, count);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("Example " + i + " does not exist: this data set has " + size()
                    + " examples (0.." + (size() - 1) + ").");
        }
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " examples of shape " + Arrays.toString(exampleShape) + ", " + numClasses
                + " classes]";
    }
}
