package dev.lamina.runtime.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fashion-MNIST with the chapter's split: of the 60,000 training images the first 55,000 are
 * {@code train} and the last 5,000 {@code valid}; the 10,000 test images are {@code test}. Pixels
 * are scaled to [0, 1] (divided by 255), examples have shape {@code {28, 28}}, labels are 0..9
 * (see {@link #CLASS_NAMES}).
 *
 * <p>The files are found by {@link DataLocator} and checked before anything is returned: each must
 * be a complete IDX file, image and label counts must agree, images must be 28 × 28, labels 0..9,
 * and the counts must be Fashion-MNIST's. A run either gets the whole data set or an error naming
 * the file to replace, never a partial one.
 */
public final class FashionMnist {
    /** The class names, indexed by label. */
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";
    static final List<String> FILES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    static final int TRAIN_COUNT = 60_000;
    static final int TEST_COUNT = 10_000;
    /** The chapter's split: the last 5,000 training images validate. */
    static final int VALID_COUNT = 5_000;
    private static final int SIDE = 28;
    private static final long[] EXAMPLE_SHAPE = {SIDE, SIDE};

    static final String HOW_TO_GET_IT = "To get Fashion-MNIST: apt-get install dataset-fashion-mnist"
            + " (installs /usr/share/datasets/fashion-mnist), or set LAMINA_DATA to a directory holding the"
            + " four files (or a fashion-mnist/ subdirectory with them), or pass --data <directory>.";

    private FashionMnist() {}

    /**
     * Loads Fashion-MNIST from the first standard place that holds it (see {@link DataLocator}).
     *
     * @throws DataNotFoundException if no place holds all four files
     * @throws InvalidDataException if a file is unreadable, truncated, corrupt or inconsistent
     */
    public static Splits load() {
        return load(null);
    }

    /**
     * Loads Fashion-MNIST from {@code explicitDirectory}, or, if it is {@code null}, from the
     * first standard place that holds it.
     *
     * @throws DataNotFoundException if the explicit directory lacks a file, or no place holds all four
     * @throws InvalidDataException if a file is unreadable, truncated, corrupt or inconsistent
     */
    public static Splits load(Path explicitDirectory) {
        Path dir = DataLocator.standard("Fashion-MNIST", "fashion-mnist", FILES, HOW_TO_GET_IT)
                .locate(explicitDirectory);
        return loadFrom(dir);
    }

    /** Reads and checks the four files in {@code dir}; labels first, as they are small and fail fast. */
    static Splits loadFrom(Path dir) {
        int[] trainLabels = labels(dir.resolve(TRAIN_LABELS), TRAIN_COUNT);
        int[] testLabels = labels(dir.resolve(TEST_LABELS), TEST_COUNT);
        IdxArray trainImages = images(dir.resolve(TRAIN_IMAGES), TRAIN_COUNT);
        IdxArray testImages = images(dir.resolve(TEST_IMAGES), TEST_COUNT);
        int trainEnd = TRAIN_COUNT - VALID_COUNT;
        return new Splits(
                dataset(trainImages, trainLabels, 0, trainEnd),
                dataset(trainImages, trainLabels, trainEnd, TRAIN_COUNT),
                dataset(testImages, testLabels, 0, TEST_COUNT));
    }

    private static int[] labels(Path file, int expectedCount) {
        IdxArray idx = read(file);
        if (idx.shape().length != 1 || idx.shape()[0] != expectedCount) {
            throw invalid(file, "expected a label file of shape [" + expectedCount + "], found "
                    + Arrays.toString(idx.shape()));
        }
        int[] labels = new int[expectedCount];
        for (int i = 0; i < expectedCount; i++) {
            labels[i] = idx.unsigned(i);
            if (labels[i] >= CLASS_NAMES.size()) {
                throw invalid(file, "expected labels 0.." + (CLASS_NAMES.size() - 1) + ", found " + labels[i]
                        + " at example " + i);
            }
        }
        return labels;
    }

    private static IdxArray images(Path file, int expectedCount) {
        IdxArray idx = read(file);
        int[] expected = {expectedCount, SIDE, SIDE};
        if (!Arrays.equals(idx.shape(), expected)) {
            throw invalid(file, "expected images of shape " + Arrays.toString(expected) + " (as many as the labels,"
                    + " each 28 × 28), found " + Arrays.toString(idx.shape()));
        }
        return idx;
    }

    /**
     * Converts images {@code from..to} straight into their own float array, rather than converting
     * all 60,000 and slicing, which would hold the training pixels twice (188 MB more).
     */
    private static Dataset dataset(IdxArray images, int[] labels, int from, int to) {
        int pixels = SIDE * SIDE;
        byte[] data = images.data();
        float[] features = new float[(to - from) * pixels];
        int offset = from * pixels;
        for (int i = 0; i < features.length; i++) {
            features[i] = (data[offset + i] & 0xFF) / 255f;
        }
        return Dataset.of(features, EXAMPLE_SHAPE, Arrays.copyOfRange(labels, from, to));
    }

    private static IdxArray read(Path file) {
        try {
            return IdxReader.read(file);
        } catch (IOException e) {
            throw new InvalidDataException(file, "Fashion-MNIST cannot be loaded: " + e.getMessage()
                    + (e instanceof IdxFormatException ? "" : " (file " + file + ")") + "\n" + HOW_TO_GET_IT, e);
        }
    }

    private static InvalidDataException invalid(Path file, String problem) {
        return new InvalidDataException(file, "Fashion-MNIST cannot be loaded: file " + file + " is not"
                + " Fashion-MNIST: " + problem + ". Replace it with the original.\n" + HOW_TO_GET_IT, null);
    }
}
