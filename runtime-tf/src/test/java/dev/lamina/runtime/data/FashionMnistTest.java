package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {
    /** A training-image shape for fakes that fail on their labels, which are read first. */
    private static final int[] NOT_REACHED = {1};

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
    }

    @Test
    void truncatedLabelFileStopsLoadingNamingIt() throws IOException {
        Path dir = copyOfVendored(FashionMnist.TRAIN_LABELS);
        Path file = dir.resolve(FashionMnist.TRAIN_LABELS);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.load(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is truncated"), e.getMessage());
    }

    @Test
    void truncatedImageFileStopsLoadingNamingIt() throws IOException {
        Path dir = copyOfVendored(FashionMnist.TEST_IMAGES);
        Path file = dir.resolve(FashionMnist.TEST_IMAGES);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> FashionMnist.load(dir));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("file " + file + " is truncated: expected 7840000 data bytes, found "),
                e.getMessage());
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
}
