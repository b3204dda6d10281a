package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.runtime.fs.Permissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {
    /** A training-image shape for fakes that fail on their labels, which are read first. */
    private static final int[] NOT_REACHED = {1};
    private static final String LOADER_THREAD = "lamina-fashion-mnist-loader";

    @TempDir
    Path tmp;

    /** The repository's vendored copy, found by walking up from the working directory, or null. */
    private static Path vendored() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples/data/fashion-mnist");
            if (FashionMnist.FILES.stream().allMatch(f -> Files.isRegularFile(candidate.resolve(f)))) {
                return candidate;
            }
        }
        return null;
    }

    private static Path requireVendored() {
        Path dir = vendored();
        assumeTrue(dir != null, "the vendored Fashion-MNIST copy (samples/data/fashion-mnist) is not present");
        return dir;
    }

    @Test
    void classNamesFollowTheLabels() {
        assertEquals(10, FashionMnist.CLASS_NAMES.size());
        assertEquals("T-shirt/top", FashionMnist.CLASS_NAMES.get(0));
        assertEquals("Sandal", FashionMnist.CLASS_NAMES.get(5));
        assertEquals("Ankle boot", FashionMnist.CLASS_NAMES.get(9));
    }

    @Test
    void loadsTheVendoredCopyWithTheChaptersSplit() {
        Splits data = FashionMnist.load(requireVendored());

        assertEquals(55_000, data.train().size());
        assertEquals(5_000, data.valid().size());
        assertEquals(10_000, data.test().size());
        assertArrayEquals(new long[] {28, 28}, data.train().exampleShape());
        assertEquals(10, data.train().numClasses());
        assertEquals(9, data.train().label(0), "the first training image is an ankle boot");
        assertEquals(9, data.test().label(0), "the first test image is an ankle boot");
        for (Dataset split : new Dataset[] {data.train(), data.valid(), data.test()}) {
            float[] range = pixelRange(split);
            assertEquals(0f, range[0], split.toString());
            assertEquals(1f, range[1], split.toString());
        }
    }

    @Test
    void loadsTheVendoredCopyBitForBitAsAPlainDecode() throws IOException {
        Path dir = requireVendored();

        Splits data = FashionMnist.loadFrom(dir);

        byte[] trainImages = IdxReader.read(dir.resolve(FashionMnist.TRAIN_IMAGES)).data();
        byte[] trainLabels = IdxReader.read(dir.resolve(FashionMnist.TRAIN_LABELS)).data();
        byte[] testImages = IdxReader.read(dir.resolve(FashionMnist.TEST_IMAGES)).data();
        byte[] testLabels = IdxReader.read(dir.resolve(FashionMnist.TEST_LABELS)).data();
        assertSplit(data.train(), trainImages, trainLabels, 0, 55_000);
        assertSplit(data.valid(), trainImages, trainLabels, 55_000, 5_000);
        assertSplit(data.test(), testImages, testLabels, 0, 10_000);
    }

    /** The smallest and largest pixel of a split. */
    private static float[] pixelRange(Dataset d) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (Batch batch : d.batches(5_000, false, 0, 0)) {
            for (float v : batch.features()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new float[] {min, max};
    }

    @Test
    void explicitDirectoryMissingAFileNamesFileAndPlace() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("fm"));
        for (String file : FashionMnist.FILES) {
            if (!file.equals(FashionMnist.TRAIN_IMAGES)) {
                Files.write(dir.resolve(file), new byte[0]);
            }
        }

        DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> FashionMnist.load(dir));

        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("missing train-images-idx3-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
        assertTrue(e.getMessage().contains("LAMINA_DATA"), e.getMessage());
        assertNoLoaderThread();
    }

    @Test
    void truncatedLabelFileStopsLoadingNamingIt() throws IOException {
        Path dir = copyOfVendored(FashionMnist.TRAIN_LABELS);
        Path file = dir.resolve(FashionMnist.TRAIN_LABELS);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.load(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is truncated"), e.getMessage());
        assertNoLoaderThread();
    }

    @Test
    void truncatedImageFileStopsLoadingNamingIt() throws IOException {
        Path dir = copyOfVendored(FashionMnist.TEST_IMAGES);
        Path file = dir.resolve(FashionMnist.TEST_IMAGES);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.load(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is truncated: expected 7840000 data bytes, found "),
                e.getMessage());
        assertNoLoaderThread();
    }

    /** A data file the operating system will not read gives the reason, not only the path. */
    @Test
    void anUnreadableDataFileSaysWhy() throws IOException {
        Permissions.assumeEnforced(tmp);
        Path dir = copyOfVendored(null);
        Path file = dir.resolve(FashionMnist.TRAIN_LABELS);
        Permissions.set(file, "---------");

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.load(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + ": permission denied"), e.getMessage());
        assertNoLoaderThread();
    }

    @Test
    void aDataFileThatCannotBeReadAsAFileSaysWhy() throws IOException {
        Path dir = copyOfVendored(null);
        Path file = dir.resolve(FashionMnist.TRAIN_LABELS);
        Files.delete(file);
        Files.createDirectory(file);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertTrue(e.getMessage().contains("file " + file + ": Is a directory"), e.getMessage());
        assertNoLoaderThread();
    }

    /** Copies the real files into a temporary directory, cutting {@code truncated} to half its size. */
    private Path copyOfVendored(String truncated) throws IOException {
        Path source = requireVendored();
        Path dir = Files.createDirectories(tmp.resolve("copy"));
        for (String file : FashionMnist.FILES) {
            if (file.equals(truncated)) {
                byte[] bytes = Files.readAllBytes(source.resolve(file));
                Files.write(dir.resolve(file), Arrays.copyOf(bytes, bytes.length / 2));
            } else {
                Files.copy(source.resolve(file), dir.resolve(file));
            }
        }
        return dir;
    }

    @Test
    void labelOutOfRangeNamesFileAndExample() throws IOException {
        byte[] trainLabels = new byte[60_000];
        trainLabels[7] = 10;
        Path dir = fakeDirectory(trainLabels, NOT_REACHED);
        Path file = dir.resolve(FashionMnist.TRAIN_LABELS);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("found 10 at example 7"), e.getMessage());
    }

    @Test
    void wrongLabelCountNamesFile() throws IOException {
        Path dir = fakeDirectory(new byte[59_999], NOT_REACHED);
        Path file = dir.resolve(FashionMnist.TRAIN_LABELS);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertTrue(e.getMessage().contains("file " + file + " is not Fashion-MNIST"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a label file of shape [60000], found [59999]"), e.getMessage());
    }

    @Test
    void wrongImageSizeNamesFile() throws IOException {
        Path dir = fakeDirectory(new byte[60_000], new int[] {60_000, 2, 2});
        Path file = dir.resolve(FashionMnist.TRAIN_IMAGES);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("expected images of shape [60000, 28, 28]"), e.getMessage());
        assertTrue(e.getMessage().contains("found [60000, 2, 2]"), e.getMessage());
    }

    /** Valid test files, the given training labels, and zero training images of the given shape. */
    private Path fakeDirectory(byte[] trainLabels, int[] trainImageShape) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("fake"));
        int pixels = Arrays.stream(trainImageShape).reduce(1, (a, b) -> a * b);
        IdxFiles.write(dir.resolve(FashionMnist.TRAIN_LABELS), new int[] {trainLabels.length}, trainLabels, true);
        IdxFiles.write(dir.resolve(FashionMnist.TRAIN_IMAGES), trainImageShape, new byte[pixels], true);
        IdxFiles.write(dir.resolve(FashionMnist.TEST_LABELS), new int[] {10_000}, new byte[10_000], true);
        IdxFiles.write(dir.resolve(FashionMnist.TEST_IMAGES), new int[] {10_000, 28, 28}, new byte[10_000 * 784], true);
        return dir;
    }

    /** Every pixel of every split, from made-up images whose bytes differ from image to image. */
    @Test
    void splitsAndScalesEveryPixel() throws IOException {
        int pixels = 28 * 28;
        byte[] trainImages = pattern(60_000 * pixels, 251);
        byte[] testImages = pattern(10_000 * pixels, 241);
        byte[] trainLabels = labelPattern(60_000);
        byte[] testLabels = labelPattern(10_000);
        Path dir = fakeFiles(gzipIdx(new int[] {60_000}, trainLabels), gzipIdx(new int[] {60_000, 28, 28}, trainImages),
                gzipIdx(new int[] {10_000}, testLabels), gzipIdx(new int[] {10_000, 28, 28}, testImages));

        Splits data = FashionMnist.loadFrom(dir);

        assertSplit(data.train(), trainImages, trainLabels, 0, 55_000);
        assertSplit(data.valid(), trainImages, trainLabels, 55_000, 5_000);
        assertSplit(data.test(), testImages, testLabels, 0, 10_000);
    }

    /** Every pixel of {@code split} is bit for bit its byte divided by 255, and every label its byte. */
    private static void assertSplit(Dataset split, byte[] images, byte[] labels, int first, int size) {
        assertEquals(size, split.size());
        int pixels = 28 * 28;
        float[] example = new float[pixels];
        for (int i = 0; i < size; i++) {
            split.copyExample(i, example, 0);
            for (int p = 0; p < pixels; p++) {
                float expected = (images[(first + i) * pixels + p] & 0xFF) / 255f;
                if (Float.floatToRawIntBits(example[p]) != Float.floatToRawIntBits(expected)) {
                    assertEquals(expected, example[p], "pixel " + p + " of example " + i + " of " + split);
                }
            }
            assertEquals(labels[first + i], split.label(i), "label of example " + i + " of " + split);
        }
    }

    @Test
    void badTestImagesAreNamedWhenTheTrainingImagesAreFine() throws IOException {
        Path dir = fakeFiles(validTrainLabels(), zeroImages(60_000), validTestLabels(), half(zeroImages(10_000)));
        Path file = dir.resolve(FashionMnist.TEST_IMAGES);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is truncated"), e.getMessage());
        assertNoLoaderThread();
    }

    @Test
    void badTrainingImagesAreNamedBeforeBadTestImages() throws IOException {
        Path dir = fakeFiles(validTrainLabels(), half(zeroImages(60_000)), validTestLabels(), half(zeroImages(10_000)));
        Path file = dir.resolve(FashionMnist.TRAIN_IMAGES);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is truncated: expected 47040000 data bytes"),
                e.getMessage());
        assertNoLoaderThread();
    }

    @Test
    void corruptTrainingImagesAreNamed() throws IOException {
        Path dir = fakeFiles(validTrainLabels(), badChecksum(zeroImages(60_000)), validTestLabels(), zeroImages(10_000));

        assertCorruptAfterItsData(dir, FashionMnist.TRAIN_IMAGES, 47_040_000);
    }

    @Test
    void corruptTestImagesAreNamedWhenTheTrainingImagesAreFine() throws IOException {
        Path dir = fakeFiles(validTrainLabels(), zeroImages(60_000), validTestLabels(), badChecksum(zeroImages(10_000)));

        assertCorruptAfterItsData(dir, FashionMnist.TEST_IMAGES, 7_840_000);
    }

    /** Loading fails naming {@code name} as read whole ({@code dataBytes}) but failing its gzip checksum. */
    private static void assertCorruptAfterItsData(Path dir, String name, int dataBytes) {
        Path file = dir.resolve(name);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is corrupt: its " + dataBytes + " data bytes were read,"
                + " but the gzip stream fails after them"), e.getMessage());
        assertNoLoaderThread();
    }

    @Test
    void badLabelsAreNamedBeforeBadImages() throws IOException {
        byte[] trainLabels = new byte[60_000];
        trainLabels[59_999] = 12;
        Path dir = fakeFiles(gzipIdx(new int[] {60_000}, trainLabels), half(zeroImages(60_000)), validTestLabels(),
                half(zeroImages(10_000)));
        Path file = dir.resolve(FashionMnist.TRAIN_LABELS);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("found 12 at example 59999"), e.getMessage());
    }

    @Test
    void truncatedImagesOfTheWrongShapeAreReportedAsTruncated() throws IOException {
        byte[] wrongShape = gzipIdx(new int[] {60_000, 28, 27}, new byte[60_000 * 28 * 27]);
        Path dir = fakeFiles(validTrainLabels(), half(wrongShape), validTestLabels(), zeroImages(10_000));
        Path file = dir.resolve(FashionMnist.TRAIN_IMAGES);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is truncated"), e.getMessage());
    }

    @Test
    void loadingLeavesNoThreadBehind() throws IOException {
        Path dir = fakeFiles(validTrainLabels(), half(zeroImages(60_000)), validTestLabels(), zeroImages(10_000));

        assertThrows(InvalidDataException.class, () -> FashionMnist.loadFrom(dir));

        assertNoLoaderThread();
    }

    /**
     * Wherever the interrupt lands, loading ends (if this thread was reading a file then, with the
     * error reading it; if it was waiting for the loader thread, it went on waiting), the interrupt
     * is kept, and the loader thread has ended.
     */
    @Test
    @Timeout(60)
    void anInterruptWhileLoadingLeavesNoThreadBehindAndIsKept() throws Exception {
        Path dir = fakeFiles(validTrainLabels(), zeroImages(60_000), validTestLabels(), zeroImages(10_000));
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
        Thread loading = new Thread(() -> {
            try {
                outcome.complete(FashionMnist.loadFrom(dir));
            } catch (Throwable e) {
                outcome.complete(e);
            }
            interruptKept.complete(Thread.currentThread().isInterrupted());
        });
        loading.start();
        while (!loaderThreadAlive() && loading.isAlive()) {
            Thread.sleep(1);
        }
        loading.interrupt();
        loading.join();

        Object result = outcome.get();
        assertTrue(result instanceof Splits || result instanceof InvalidDataException, String.valueOf(result));
        assertTrue(interruptKept.get(), "the interrupt is kept");
        assertNoLoaderThread();
    }

    private static boolean loaderThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(LOADER_THREAD));
    }

    private static void assertNoLoaderThread() {
        LoaderThreadTest.assertNoThreadNamed(LOADER_THREAD);
    }

    /** Writes the four files, each given as its full (gzip) content, into a fresh directory. */
    private Path fakeFiles(byte[] trainLabels, byte[] trainImages, byte[] testLabels, byte[] testImages)
            throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("files"));
        Files.write(dir.resolve(FashionMnist.TRAIN_LABELS), trainLabels);
        Files.write(dir.resolve(FashionMnist.TRAIN_IMAGES), trainImages);
        Files.write(dir.resolve(FashionMnist.TEST_LABELS), testLabels);
        Files.write(dir.resolve(FashionMnist.TEST_IMAGES), testImages);
        return dir;
    }

    private static byte[] gzipIdx(int[] shape, byte[] data) {
        return IdxFiles.gzip(IdxFiles.idx(0x08, shape, data));
    }

    private static byte[] validTrainLabels() {
        return gzipIdx(new int[] {60_000}, labelPattern(60_000));
    }

    private static byte[] validTestLabels() {
        return gzipIdx(new int[] {10_000}, labelPattern(10_000));
    }

    private static byte[] zeroImages(int count) {
        return gzipIdx(new int[] {count, 28, 28}, new byte[count * 28 * 28]);
    }

    /** {@code gzip} with its trailer's CRC-32 changed: every byte arrives, then the checksum fails. */
    private static byte[] badChecksum(byte[] gzip) {
        byte[] bad = gzip.clone();
        bad[bad.length - 8] ^= 1;
        return bad;
    }

    /** The first half of {@code file}: a download cut short. */
    private static byte[] half(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /** Bytes {@code 0, 1, .., period - 1, 0, 1, ..}: with a period prime to 784, no two images alike. */
    private static byte[] pattern(int n, int period) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (i % period);
        }
        return bytes;
    }

    private static byte[] labelPattern(int n) {
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i * 7 % 10);
        }
        return labels;
    }
}
