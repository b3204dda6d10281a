package dev.lamina.runtime.data;

import dev.lamina.runtime.fs.OsReason;
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
    static final int PIXELS = SIDE * SIDE;
    private static final long[] EXAMPLE_SHAPE = {SIDE, SIDE};
    static final int TRAIN_END = TRAIN_COUNT - VALID_COUNT;

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

    /**
     * Reads and checks the four files in {@code dir}, on two threads, as loading is start-up time.
     * This thread reads the labels (small, so a bad one fails fast), then inflates the training
     * images, which is most of the work. Meanwhile a loader thread allocates the arrays (as costly
     * as filling them, since the memory is touched for the first time), reads the test images and
     * converts the training images' bytes to floats as they arrive; this thread joins in once it
     * has inflated them all. Errors are reported as if the files were read one after the other:
     * training labels, test labels, training images, test images; the first bad one is named.
     * The loader thread's work is {@link BackgroundLoad}; the training images pass between the
     * threads through {@link TrainImageHandOver}. If this thread fails, the loader thread is
     * stopped; either way it has ended when this returns.
     */
    static Splits loadFrom(Path dir) {
        TrainImageHandOver trainImages = new TrainImageHandOver();
        try (LoaderThread<float[]> testImages = LoaderThread.start("lamina-fashion-mnist-loader",
                new BackgroundLoad(dir.resolve(TEST_IMAGES), trainImages))) {
            int[] trainLabels = labels(dir.resolve(TRAIN_LABELS), TRAIN_COUNT);
            int[] testLabels = labels(dir.resolve(TEST_LABELS), TEST_COUNT);
            trainImages.inflate(dir.resolve(TRAIN_IMAGES));
            trainImages.convertFromBack();
            float[] test = testImages.result();
            TrainImageHandOver.Floats train = trainImages.floats();
            return new Splits(
                    Dataset.of(train.train(), EXAMPLE_SHAPE, Arrays.copyOfRange(trainLabels, 0, TRAIN_END)),
                    Dataset.of(train.valid(), EXAMPLE_SHAPE, Arrays.copyOfRange(trainLabels, TRAIN_END, TRAIN_COUNT)),
                    Dataset.of(test, EXAMPLE_SHAPE, testLabels));
        }
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

    /**
     * Opens an image file and checks its header's shape. A file of the wrong shape is still read
     * to its end first, so that a truncated or overlong file is reported as such, as {@link
     * IdxReader#read} would.
     */
    static IdxReader.Values openImages(Path file, int expectedCount) throws IOException {
        IdxReader.Values values = IdxReader.open(file);
        int[] expected = {expectedCount, SIDE, SIDE};
        if (!Arrays.equals(values.shape(), expected)) {
            try (values) {
                values.readAll();
            }
            throw invalid(file, "expected images of shape " + Arrays.toString(expected) + " (as many as the labels,"
                    + " each 28 × 28), found " + Arrays.toString(values.shape()));
        }
        return values;
    }

    private static IdxArray read(Path file) {
        try {
            return IdxReader.read(file);
        } catch (IOException e) {
            throw cannotLoad(file, e);
        }
    }

    static InvalidDataException cannotLoad(Path file, IOException e) {
        String problem = e instanceof IdxFormatException ? e.getMessage() : "file " + file + ": " + OsReason.of(e);
        return new InvalidDataException(file, "Fashion-MNIST cannot be loaded: " + problem + "\n" + HOW_TO_GET_IT, e);
    }

    private static InvalidDataException invalid(Path file, String problem) {
        return new InvalidDataException(file, "Fashion-MNIST cannot be loaded: file " + file + " is not"
                + " Fashion-MNIST: " + problem + ". Replace it with the original.\n" + HOW_TO_GET_IT, null);
    }
}
