package dev.lamina.runtime.data;

import java.util.Arrays;
import java.util.List;

/**
 * What a model learns to output for each example of a {@link Dataset}: class indices, binary 0/1
 * labels, or real values (one per example, or a vector of {@link #width()} values for a
 * multi-output regression).
 *
 * <p>Every kind is held as one {@code float[]} of {@code size × width} values, as the graph takes
 * it (Keras's {@code y_true} is a float tensor too); a class index is a whole number in it, exact
 * up to 2<sup>24</sup>. The kind says what the numbers mean, so a class-index accessor on real
 * values fails instead of truncating them.
 *
 * <p>Class indices read from text labels keep their {@link #classNames()}: name {@code k} is
 * class {@code k}, so predictions can be mapped back to the labels a user wrote.
 */
public final class Targets {
    /** What the numbers mean. */
    public enum Kind {
        /** One class index per example, in {@code [0, classes)}: sparse categorical cross-entropy. */
        CLASS_INDICES,
        /** One 0 or 1 per example: binary cross-entropy. */
        BINARY,
        /** Real values, {@link #width()} per example: a regression. */
        REAL
    }

    /** The largest class index a float holds exactly (2^24). */
    private static final int LARGEST_EXACT_INDEX = 1 << 24;

    private final Kind kind;
    private final float[] values;
    private final int width;
    private final List<String> classNames;
    /** One more than the largest class index; 0 for real values or no examples. */
    private final int classCount;

    private Targets(Kind kind, float[] values, int width, List<String> classNames) {
        this.kind = kind;
        this.values = values;
        this.width = width;
        this.classNames = List.copyOf(classNames);
        this.classCount = kind == Kind.REAL ? 0 : classCount(values);
    }

    /** Class indices ({@code 0..k-1}), for sparse categorical cross-entropy. */
    public static Targets classes(int[] indices) {
        return classes(indices, List.of());
    }

    /** Class indices given as {@code long} (as NumPy's default integer arrays hold them). */
    public static Targets classes(long[] indices) {
        requireNonNull(indices, "indices");
        int[] narrowed = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] > LARGEST_EXACT_INDEX) {
                throw outOfRange(i, indices[i]);
            }
            narrowed[i] = (int) indices[i];
        }
        return classes(narrowed);
    }

    /**
     * Class indices with the name of each class ({@code names.get(k)} is class {@code k}), as a
     * CSV reader makes them from text labels. The names travel with the model's save.
     */
    public static Targets classes(int[] indices, List<String> names) {
        requireNonNull(indices, "indices");
        float[] values = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] > LARGEST_EXACT_INDEX) {
                throw outOfRange(i, indices[i]);
            }
            values[i] = indices[i];
        }
        Targets targets = new Targets(Kind.CLASS_INDICES, values, 1, names);
        if (!names.isEmpty() && targets.classCount > names.size()) {
            throw new IllegalArgumentException("Targets.classes: " + names.size() + " class names for class indices up"
                    + " to " + (targets.classCount - 1) + ". Give one name per class.");
        }
        return targets;
    }

    /** Binary labels, each 0 or 1, for binary cross-entropy. */
    public static Targets binary(int[] labels) {
        requireNonNull(labels, "labels");
        float[] values = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("Targets.binary: expected labels 0 or 1. Received: label "
                        + labels[i] + " at example " + i + ". For more than two classes use Targets.classes"
                        + " with SPARSE_CATEGORICAL_CROSSENTROPY.");
            }
            values[i] = labels[i];
        }
        return new Targets(Kind.BINARY, values, 1, List.of());
    }

    /** One real value per example: a regression's targets. The array is copied. */
    public static Targets real(float[] values) {
        requireNonNull(values, "values");
        return new Targets(Kind.REAL, values.clone(), 1, List.of());
    }

    /** One real value per example, rounded to float (the precision the graph computes in). */
    public static Targets real(double[] values) {
        requireNonNull(values, "values");
        float[] narrowed = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            narrowed[i] = (float) values[i];
        }
        return new Targets(Kind.REAL, narrowed, 1, List.of());
    }

    /** A vector of real values per example (a multi-output regression): every row the same width. */
    public static Targets real(float[][] rows) {
        requireNonNull(rows, "rows");
        int width = Rows.width(rows.length, i -> rows[i] == null ? -1 : rows[i].length, "Targets.real", "target");
        float[] values = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, values, i * width, width);
        }
        return new Targets(Kind.REAL, values, width, List.of());
    }

    /** Wraps values already laid out example after example, without copying (for the readers). */
    static Targets realOwned(float[] values, int width) {
        return new Targets(Kind.REAL, values, width, List.of());
    }

    /** The same targets for the examples at {@code indices}, in that order (a copy). */
    Targets select(int[] indices) {
        float[] selected = new float[indices.length * width];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(values, indices[k] * width, selected, k * width, width);
        }
        return new Targets(kind, selected, width, classNames);
    }

    /** What the numbers mean. */
    public Kind kind() {
        return kind;
    }

    /** The number of examples. */
    public int size() {
        return values.length / width;
    }

    /** The number of values per example: 1, except for a multi-output regression. */
    public int width() {
        return width;
    }

    /** The class names, index {@code k} naming class {@code k}; empty when the classes have no names. */
    public List<String> classNames() {
        return classNames;
    }

    /** One more than the largest class index; 0 for real values and for no examples. */
    public int classCount() {
        return classCount;
    }

    /** Value {@code column} of example {@code i}. */
    public float value(int i, int column) {
        return values[i * width + column];
    }

    /** The class index (or 0/1 label) of example {@code i}. */
    public int label(int i) {
        if (kind == Kind.REAL) {
            throw new IllegalStateException("These targets are real values (a regression), not class labels."
                    + " Read them with value(i, column).");
        }
        return (int) values[i];
    }

    /** The backing array, never handed out of the package. */
    float[] values() {
        return values;
    }

    private static int classCount(float[] values) {
        float max = -1;
        for (float value : values) {
            max = Math.max(max, value);
        }
        return (int) max + 1;
    }

    private static IllegalArgumentException outOfRange(int example, long index) {
        return new IllegalArgumentException("Dataset: expected class indices >= 0. Received: label " + index
                + " at example " + example + (index < 0 ? ". Map the labels to 0..k-1 first (e.g. with mapLabels)."
                        : ", above 2^24, the largest index a float target holds exactly."));
    }

    private static void requireNonNull(Object array, String name) {
        if (array == null) {
            throw new IllegalArgumentException("Targets: " + name + " must not be null");
        }
    }

    @Override
    public String toString() {
        return "Targets[" + kind + ", " + size() + " examples" + (width > 1 ? " × " + width : "")
                + (classNames.isEmpty() ? "" : ", classes " + classNames) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Targets other && kind == other.kind && width == other.width
                && Arrays.equals(values, other.values) && classNames.equals(other.classNames);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(values);
    }
}
