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
    private static final int PIXELS = SIDE * SIDE;
    private static final long[] EXAMPLE_SHAPE = {SIDE, SIDE};
    private static final int TRAIN_END = TRAIN_COUNT - VALID_COUNT;
    /** How many image bytes are inflated before the converting thread is told (about 800 KB). */
    private static final int BLOCK = 1024 * PIXELS;
    /**
     * The test images' bytes pass through a buffer of this size (100 KB): small enough not to be a
     * "humongous" allocation for G1, which could start a garbage collection.
     */
    private static final int CHUNK = 128 * PIXELS;
    /** {@code SCALED[b] == b / 255f}: an unsigned pixel byte scaled to [0, 1]. */
    private static final float[] SCALED = new float[256];

    static {
        for (int b = 0; b < SCALED.length; b++) {
            SCALED[b] = b / 255f;
        }
    }

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
     * images, which is most of the work. Meanwhile a helper thread allocates the arrays (as costly
     * as filling them, since the memory is touched for the first time), reads the test images and
     * converts the training images' bytes to floats as they arrive; this thread joins in once it
     * has inflated them all. Errors are reported as if the files were read one after the other:
     * training labels, test labels, training images, test images; the first bad one is named.
     */
    static Splits loadFrom(Path dir) {
        TrainImages trainImages = new TrainImages();
        Helper helper = new Helper(dir.resolve(TEST_IMAGES), trainImages);
        Thread thread = new Thread(helper, "lamina-fashion-mnist-loader");
        thread.setDaemon(true);
        thread.start();
        int[] trainLabels;
        int[] testLabels;
        try {
            trainLabels = labels(dir.resolve(TRAIN_LABELS), TRAIN_COUNT);
            testLabels = labels(dir.resolve(TEST_LABELS), TEST_COUNT);
            inflate(dir.resolve(TRAIN_IMAGES), trainImages);
            trainImages.convertFromBack();
        } catch (Throwable e) {
            trainImages.abandon();
            join(thread);
            throw e;
        }
        join(thread);
        helper.rethrowFailure();
        return new Splits(
                Dataset.of(trainImages.train, EXAMPLE_SHAPE, Arrays.copyOfRange(trainLabels, 0, TRAIN_END)),
                Dataset.of(trainImages.valid, EXAMPLE_SHAPE, Arrays.copyOfRange(trainLabels, TRAIN_END, TRAIN_COUNT)),
                Dataset.of(helper.test, EXAMPLE_SHAPE, testLabels));
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
    private static IdxReader.Values openImages(Path file, int expectedCount) throws IOException {
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

    /**
     * Inflates the training images into the byte array the helper provides, telling {@code
     * images} of each block, for the helper to convert.
     */
    private static void inflate(Path file, TrainImages images) {
        try (IdxReader.Values values = openImages(file, TRAIN_COUNT)) {
            byte[] bytes = images.awaitBytes();
            if (bytes == null) {
                // The helper failed; its error is reported unless this file has one, as before.
                bytes = new byte[values.count()];
            }
            for (int done = 0; done < bytes.length; ) {
                int n = Math.min(BLOCK, bytes.length - done);
                values.read(bytes, done, n);
                done += n;
                images.inflated(done);
            }
            values.finish();
        } catch (IOException e) {
            throw cannotLoad(file, e);
        }
    }

    /**
     * The helper thread's work: allocates the training bytes and floats (for {@link TrainImages}),
     * reads the test images into their floats, then converts training bytes from the front as
     * they are inflated. Its fields are read after {@link Thread#join}.
     *
     * <p>It makes every large allocation, so that none is made on the main thread meanwhile: a
     * large array is zeroed outside any safepoint, and a garbage collection the other thread
     * asked for would wait for that (about 100 ms for the training floats).
     */
    private static final class Helper implements Runnable {
        private final Path testImages;
        private final TrainImages trainImages;
        float[] test;
        private Throwable failure;
        private boolean complete;

        Helper(Path testImages, TrainImages trainImages) {
            this.testImages = testImages;
            this.trainImages = trainImages;
        }

        @Override
        public void run() {
            try {
                trainImages.provideBytes(new byte[TRAIN_COUNT * PIXELS]);
                trainImages.provideFloats(new float[TRAIN_END * PIXELS], new float[VALID_COUNT * PIXELS]);
                if (readTestImages() && trainImages.convertFromFront()) {
                    complete = true;
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                trainImages.provideBytes(null);
                trainImages.provideFloats(null, null);
            }
        }

        /** Returns false if the main thread failed meanwhile (its error wins). */
        private boolean readTestImages() {
            if (trainImages.abandoned()) {
                return false;
            }
            try (IdxReader.Values values = openImages(testImages, TEST_COUNT)) {
                int count = values.count();
                test = new float[count];
                byte[] chunk = new byte[Math.min(count, CHUNK)];
                for (int done = 0; done < count; ) {
                    if (trainImages.abandoned()) {
                        return false;
                    }
                    int n = Math.min(chunk.length, count - done);
                    values.read(chunk, 0, n);
                    toFloats(chunk, 0, test, done, n);
                    done += n;
                }
                values.finish();
                return true;
            } catch (IOException e) {
                throw cannotLoad(testImages, e);
            }
        }

        /** Rethrows what stopped the helper, on the caller's thread. */
        void rethrowFailure() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null || !complete) {
                throw new IllegalStateException("Fashion-MNIST loading stopped unexpectedly", failure);
            }
        }
    }

    /**
     * The training images on their way from bytes to floats, shared by the two threads. The
     * helper provides the arrays; the main thread inflates into the bytes and says how far it
     * got; the bytes are converted block by block, claimed from the front by the helper as they
     * arrive and from the back by the main thread once all are there, until the claims meet.
     */
    private static final class TrainImages {
        private static final int TOTAL = TRAIN_COUNT * PIXELS;
        private byte[] bytes;
        private boolean bytesProvided;
        float[] train;
        float[] valid;
        private boolean floatsProvided;
        private int inflated;
        private boolean abandoned;
        /** Bytes {@code [front, back)} are not yet claimed for conversion. */
        private int front;
        private int back = TOTAL;

        /** The array to inflate into, or null if the helper failed; only the first call counts. */
        synchronized void provideBytes(byte[] bytes) {
            if (!bytesProvided) {
                this.bytes = bytes;
                bytesProvided = true;
                notifyAll();
            }
        }

        /** The arrays to convert into, or nulls if the helper failed; only the first call counts. */
        synchronized void provideFloats(float[] train, float[] valid) {
            if (!floatsProvided) {
                this.train = train;
                this.valid = valid;
                floatsProvided = true;
                notifyAll();
            }
        }

        /** Waits for {@link #provideBytes}; an interrupt meanwhile is kept for the caller. */
        synchronized byte[] awaitBytes() {
            boolean interrupted = false;
            while (!bytesProvided) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return bytes;
        }

        /** The main thread has inflated the first {@code count} bytes. */
        synchronized void inflated(int count) {
            inflated = count;
            notifyAll();
        }

        /** The main thread failed: the helper may stop. */
        synchronized void abandon() {
            abandoned = true;
            notifyAll();
        }

        synchronized boolean abandoned() {
            return abandoned;
        }

        /**
         * The helper's part: converts blocks from the front as they are inflated, until the
         * claims meet. Returns false if the main thread failed (its error is the one to report).
         */
        boolean convertFromFront() throws InterruptedException {
            while (true) {
                int start;
                int end;
                synchronized (this) {
                    while (!abandoned && front < back && inflated <= front) {
                        wait();
                    }
                    if (abandoned) {
                        return false;
                    }
                    if (front >= back) {
                        return true;
                    }
                    start = front;
                    end = Math.min(Math.min(inflated, back), front + BLOCK);
                    front = end;
                }
                convert(start, end);
            }
        }

        /**
         * The main thread's part, once every byte is inflated: converts blocks from the back
         * until the claims meet. Does nothing if the helper failed before providing the floats.
         */
        void convertFromBack() {
            synchronized (this) {
                boolean interrupted = false;
                while (!floatsProvided) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                if (train == null) {
                    return;
                }
            }
            while (true) {
                int start;
                int end;
                synchronized (this) {
                    if (back <= front) {
                        return;
                    }
                    end = back;
                    start = Math.max(front, back - BLOCK);
                    back = start;
                    notifyAll();
                }
                convert(start, end);
            }
        }

        /** Converts bytes {@code [start, end)}: the first 55,000 images to {@code train}, the rest to {@code valid}. */
        private void convert(int start, int end) {
            int split = train.length;
            if (start < split) {
                int trainEnd = Math.min(end, split);
                toFloats(bytes, start, train, start, trainEnd - start);
                start = trainEnd;
            }
            if (start < end) {
                toFloats(bytes, start, valid, start - split, end - start);
            }
        }
    }

    /** Waits for {@code thread} to end, even if interrupted meanwhile (the interrupt is kept). */
    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Pixels {@code [from, from + n)} of {@code src} scaled to [0, 1] into {@code dst} from {@code
     * at} on: by table, which holds exactly {@code b / 255f}, as the loop is start-up time and
     * runs before the JIT has warmed up.
     */
    private static void toFloats(byte[] src, int from, float[] dst, int at, int n) {
        float[] scaled = SCALED;
        for (int i = 0; i < n; i++) {
            dst[at + i] = scaled[src[from + i] & 0xFF];
        }
    }

    private static IdxArray read(Path file) {
        try {
            return IdxReader.read(file);
        } catch (IOException e) {
            throw cannotLoad(file, e);
        }
    }

    private static InvalidDataException cannotLoad(Path file, IOException e) {
        return new InvalidDataException(file, "Fashion-MNIST cannot be loaded: " + e.getMessage()
                + (e instanceof IdxFormatException ? "" : " (file " + file + ")") + "\n" + HOW_TO_GET_IT, e);
    }

    private static InvalidDataException invalid(Path file, String problem) {
        return new InvalidDataException(file, "Fashion-MNIST cannot be loaded: file " + file + " is not"
                + " Fashion-MNIST: " + problem + ". Replace it with the original.\n" + HOW_TO_GET_IT, null);
    }
}
