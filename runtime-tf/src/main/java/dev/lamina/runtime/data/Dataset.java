package dev.lamina.runtime.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * An immutable, in-memory data set of float examples and their {@link Targets}, as the training
 * loop consumes it.
 *
 * <p>The features are one contiguous {@code float[]} of {@code size() × exampleSize()} values,
 * row-major, rather than one array per example: Fashion-MNIST's 60,000 × 784 values then cost one
 * allocation and no per-example objects, and a batch is assembled with {@link
 * System#arraycopy}. The arrays are never exposed, so a {@code Dataset} cannot be changed after it
 * is made; examples leave it only by copy ({@link #copyExample}, {@link #batches}).
 *
 * <p>From what applications hold: {@link #fromRows(double[][], double[])} (a regression),
 * {@link #fromRows(float[][], int[])} (class indices), {@link #fromRows(double[][], Targets)} for
 * any {@link Targets}; from files: {@link Csv}, {@link Npy}. Checked against the model before
 * training ({@link #nonFinite()}, label ranges): a NaN never reaches the weights.
 */
public final class Dataset {
    private final float[] features;
    private final long[] exampleShape;
    private final int exampleSize;
    private final Targets targets;
    /** The first non-finite value, found by one pass when first asked ({@link #nonFinite()}). */
    private volatile NonFiniteScan nonFinite;

    private Dataset(float[] features, long[] exampleShape, int exampleSize, Targets targets) {
        this.features = features;
        this.exampleShape = exampleShape;
        this.exampleSize = exampleSize;
        this.targets = targets;
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
        if (labels == null) {
            throw nulls(features, exampleShape, "labels=null");
        }
        return of(features, exampleShape, Targets.classes(labels));
    }

    /**
     * As {@link #of(float[], long[], int[])}, for any kind of {@link Targets}: the features are
     * wrapped, not copied.
     */
    public static Dataset of(float[] features, long[] exampleShape, Targets targets) {
        if (features == null || exampleShape == null || targets == null) {
            throw nulls(features, exampleShape, "targets=" + targets);
        }
        long[] shape = exampleShape.clone();
        int exampleSize = exampleSize(shape);
        long expected = (long) targets.size() * exampleSize;
        if (features.length != expected) {
            throw new IllegalArgumentException("Dataset.of: expected " + expected + " feature values ("
                    + targets.size() + " labels × " + exampleSize + " values per example of shape "
                    + Arrays.toString(shape) + "). Received: " + features.length
                    + " values. Check that the labels belong to these features and that the example shape is right.");
        }
        return new Dataset(features, shape, exampleSize, targets);
    }

    /** One row of features per example (copied), and the targets: {@code fromRows(x, Targets.real(y))}. */
    public static Dataset fromRows(float[][] rows, Targets targets) {
        requireRows(rows, targets);
        return of(Rows.flatten(rows, "Dataset.fromRows"), new long[] {rows[0].length}, targets);
    }

    /** One row of features per example, rounded to float (the precision the graph computes in). */
    public static Dataset fromRows(double[][] rows, Targets targets) {
        requireRows(rows, targets);
        return of(Rows.flatten(rows, "Dataset.fromRows"), new long[] {rows[0].length}, targets);
    }

    /** A regression: one row of features and one real target per example. */
    public static Dataset fromRows(double[][] rows, double[] targets) {
        return fromRows(rows, targets == null ? null : Targets.real(targets));
    }

    /** A regression: one row of features and one real target per example. */
    public static Dataset fromRows(float[][] rows, float[] targets) {
        return fromRows(rows, targets == null ? null : Targets.real(targets));
    }

    /** A multi-output regression: one row of features and one row of targets per example. */
    public static Dataset fromRows(float[][] rows, float[][] targets) {
        return fromRows(rows, targets == null ? null : Targets.real(targets));
    }

    /** A classification: one row of features and one class index per example. */
    public static Dataset fromRows(float[][] rows, int[] classes) {
        return fromRows(rows, classes == null ? null : Targets.classes(classes));
    }

    /** A classification: one row of features and one class index per example. */
    public static Dataset fromRows(double[][] rows, int[] classes) {
        return fromRows(rows, classes == null ? null : Targets.classes(classes));
    }

    private static void requireRows(Object[] rows, Targets targets) {
        if (rows == null || targets == null) {
            throw new IllegalArgumentException("Dataset.fromRows: rows and targets must not be null. Received: rows="
                    + (rows == null ? "null" : rows.length + " rows") + ", targets=" + targets);
        }
        if (rows.length != targets.size()) {
            throw new IllegalArgumentException("Dataset.fromRows: expected one target per row. Received: "
                    + rows.length + " rows and " + targets.size() + " targets.");
        }
    }

    private static IllegalArgumentException nulls(float[] features, long[] exampleShape, String targets) {
        return new IllegalArgumentException("Dataset.of: features, exampleShape and labels must not be null."
                + " Received: features=" + (features == null ? "null" : "float[" + features.length + "]")
                + ", exampleShape=" + Arrays.toString(exampleShape) + ", " + targets);
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

    /** The number of examples. */
    public int size() {
        return targets.size();
    }

    /** The shape of one example, without the batch dimension (a copy: the caller may change it). */
    public long[] exampleShape() {
        return exampleShape.clone();
    }

    /** The number of values in one example: the product of {@link #exampleShape()}. */
    public int exampleSize() {
        return exampleSize;
    }

    /** What the model learns to output for each example. */
    public Targets targets() {
        return targets;
    }

    /** The class index of example {@code i}; an error for real-valued targets. */
    public int label(int i) {
        checkIndex(i);
        return targets.label(i);
    }

    /** One more than the largest label; 0 for an empty data set or real-valued targets. */
    public int numClasses() {
        return targets.classCount();
    }

    /** The class names of a classification read from text labels (name {@code k} is class {@code k}); else empty. */
    public List<String> classNames() {
        return targets.classNames();
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
        int[] indices = new int[to - from];
        Arrays.setAll(indices, k -> from + k);
        return select(indices);
    }

    /** The first {@code n} examples, as a copy; a subset for quick experiments. */
    public Dataset take(int n) {
        if (n < 0 || n > size()) {
            throw new IllegalArgumentException("take: expected 0 <= n <= size. Received: n=" + n + ", size=" + size()
                    + ". Take at most " + size() + " examples from this data set.");
        }
        return slice(0, n);
    }

    /** The examples whose label passes {@code onLabel}, in their original order (a copy); class labels only. */
    public Dataset filter(IntPredicate onLabel) {
        Objects.requireNonNull(onLabel, "onLabel");
        return select(java.util.stream.IntStream.range(0, size()).filter(i -> onLabel.test(targets.label(i))).toArray());
    }

    /**
     * The same examples with each label replaced by {@code f(label)} (e.g. a binary task "is it a
     * sandal?"), as class indices without names (the mapping changes what they mean). The
     * features are shared, not copied: neither data set can change them. Class labels only.
     *
     * @throws IllegalArgumentException if {@code f} returns a negative label
     */
    public Dataset mapLabels(IntUnaryOperator f) {
        Objects.requireNonNull(f, "f");
        int[] l = new int[size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = f.applyAsInt(targets.label(i));
        }
        return new Dataset(features, exampleShape, exampleSize, Targets.classes(l));
    }

    /** The examples in a random order that depends only on {@code seed} (a copy). */
    public Dataset shuffle(long seed) {
        return select(Shuffle.permutation(size(), seed, 0));
    }

    /**
     * A random train/test split, as scikit-learn's {@code train_test_split(test_size=testFraction)}:
     * the examples are shuffled with {@code seed}, then {@code floor(size × testFraction)} go to
     * the test part and the rest to training. The same seed gives the same split.
     *
     * @param testFraction the share of examples held out, strictly between 0 and 1
     */
    public TrainTest split(double testFraction, long seed) {
        return shuffle(seed).splitLast(testFraction);
    }

    /**
     * The first {@code 1 - lastFraction} of the examples and the last {@code lastFraction}, in
     * order, with Keras's rounding ({@code validation_split}): the split point is
     * {@code floor(size × (1 - lastFraction))}. Both parts must be non-empty. What
     * {@code Fit.validationSplit} holds out.
     */
    public TrainTest splitLast(double lastFraction) {
        if (!(lastFraction > 0 && lastFraction < 1)) {
            throw new IllegalArgumentException("split: expected a fraction strictly between 0 and 1. Received: "
                    + lastFraction);
        }
        int at = (int) Math.floor(size() * (1.0 - lastFraction));
        if (at == 0 || at == size()) {
            throw new IllegalArgumentException("split: a fraction of " + lastFraction + " of " + size()
                    + " examples leaves one part empty. Use more examples or another fraction.");
        }
        return new TrainTest(slice(0, at), slice(at, size()));
    }

    /**
     * The first non-finite value (NaN or ±∞) among the features and targets, or {@code null} when
     * every value is finite. One pass over the data, made the first time it is asked and kept:
     * the data set cannot change.
     */
    public NonFinite nonFinite() {
        NonFiniteScan scan = nonFinite;
        if (scan == null) {
            scan = new NonFiniteScan(NonFinite.find(features, exampleSize, targets));
            nonFinite = scan;
        }
        return scan.found();
    }

    /** The result of the one scan, {@code null} inside when all is finite. */
    private record NonFiniteScan(NonFinite found) {}

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

    /** Copies example {@code i}'s features and targets to position {@code k} of a batch's arrays. */
    void copyInto(int i, float[] batchFeatures, float[] batchTargets, int k) {
        int width = targets.width();
        System.arraycopy(features, i * exampleSize, batchFeatures, k * exampleSize, exampleSize);
        System.arraycopy(targets.values(), i * width, batchTargets, k * width, width);
    }

    /** Copies {@code count} consecutive examples from {@code from} on: one copy for a whole batch. */
    void copyRangeInto(int from, int count, float[] batchFeatures, float[] batchTargets) {
        int width = targets.width();
        System.arraycopy(features, from * exampleSize, batchFeatures, 0, count * exampleSize);
        System.arraycopy(targets.values(), from * width, batchTargets, 0, count * width);
    }

    /** The examples at {@code indices}, in that order (a copy). */
    private Dataset select(int[] indices) {
        float[] f = new float[indices.length * exampleSize];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(features, indices[k] * exampleSize, f, k * exampleSize, exampleSize);
        }
        return new Dataset(f, exampleShape, exampleSize, targets.select(indices));
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("Example " + i + " does not exist: this data set has " + size()
                    + " examples (0.." + (size() - 1) + ").");
        }
    }

    @Override
    public String toString() {
        String what = targets.kind() == Targets.Kind.REAL
                ? (targets.width() == 1 ? "real targets" : targets.width() + " real targets each")
                : numClasses() + " classes";
        return "Dataset[" + size() + " examples of shape " + Arrays.toString(exampleShape) + ", " + what + "]";
    }
}
