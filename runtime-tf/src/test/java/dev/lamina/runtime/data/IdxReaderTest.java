package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path tmp;

    /** Three 2 × 2 images with values that cover the unsigned range, including 128..255. */
    private static final byte[] IMAGES = {0, 1, 2, 3, 10, 20, 30, 40, (byte) 128, (byte) 200, (byte) 254, (byte) 255};

    @Test
    void readsPlainFileExactly() throws IOException {
        Path file = IdxFiles.write(tmp.resolve("images-idx3-ubyte"), new int[] {3, 2, 2}, IMAGES, false);

        IdxArray idx = IdxReader.read(file);

        assertArrayEquals(new int[] {3, 2, 2}, idx.shape());
        assertArrayEquals(IMAGES, idx.data());
        assertEquals(200, idx.unsigned(9));
        assertEquals(255, idx.unsigned(11));
    }

    @Test
    void readsGzipFileExactly() throws IOException {
        Path file = IdxFiles.write(tmp.resolve("images-idx3-ubyte.gz"), new int[] {3, 2, 2}, IMAGES, true);

        IdxArray idx = IdxReader.read(file);

        assertArrayEquals(new int[] {3, 2, 2}, idx.shape());
        assertArrayEquals(IMAGES, idx.data());
    }

    @Test
    void detectsGzipByContentNotByName() throws IOException {
        byte[] labels = {9, 0, 3};
        Path gzipWithoutSuffix = IdxFiles.write(tmp.resolve("labels"), new int[] {3}, labels, true);
        Path plainWithSuffix = IdxFiles.write(tmp.resolve("labels.gz"), new int[] {3}, labels, false);

        assertArrayEquals(labels, IdxReader.read(gzipWithoutSuffix).data());
        assertArrayEquals(labels, IdxReader.read(plainWithSuffix).data());
    }

    @Test
    void readsEmptyArray() throws IOException {
        Path file = IdxFiles.write(tmp.resolve("empty"), new int[] {0, 28, 28}, new byte[0], true);

        IdxArray idx = IdxReader.read(file);

        assertArrayEquals(new int[] {0, 28, 28}, idx.shape());
        assertEquals(0, idx.data().length);
    }

    @Test
    void truncatedDataNamesFileAndByteCounts() throws IOException {
        byte[] full = IdxFiles.idx(0x08, new int[] {3, 2, 2}, IMAGES);
        Path file = tmp.resolve("cut-idx3-ubyte");
        Files.write(file, Arrays.copyOf(full, full.length - 2));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is truncated: expected 12 data bytes, found 10"), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void truncatedGzipNamesFile() throws IOException {
        byte[] gz = IdxFiles.gzip(IdxFiles.idx(0x08, new int[] {100, 28, 28}, IdxFiles.counting(100 * 28 * 28)));
        Path file = tmp.resolve("cut-idx3-ubyte.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is truncated: expected 78400 data bytes, found "), e.getMessage());
    }

    @Test
    void gzipMissingOnlyItsTrailerIsAnError() throws IOException {
        byte[] gz = IdxFiles.gzip(IdxFiles.idx(0x08, new int[] {3}, new byte[] {1, 2, 3}));
        Path file = tmp.resolve("no-trailer.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length - 8));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void truncatedHeaderNamesFile() throws IOException {
        byte[] full = IdxFiles.idx(0x08, new int[] {3, 2, 2}, IMAGES);
        Path file = tmp.resolve("header-only");
        Files.write(file, Arrays.copyOf(full, 9));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected 12 bytes for the 3 dimension sizes"), e.getMessage());
    }

    @Test
    void wrongMagicIsAnError() throws IOException {
        byte[] bytes = IdxFiles.idx(0x08, new int[] {3}, new byte[] {1, 2, 3});
        bytes[0] = 0x50;
        bytes[1] = 0x4b;
        Path file = tmp.resolve("archive.zip");
        Files.write(file, bytes);

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is not an IDX file"), e.getMessage());
        assertTrue(e.getMessage().contains("50 4b 08 01"), e.getMessage());
    }

    @Test
    void nonByteElementTypeIsAnError() throws IOException {
        Path file = tmp.resolve("floats");
        Files.write(file, IdxFiles.idx(0x0D, new int[] {1}, new byte[] {0, 0, (byte) 0x80, 0x3f}));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("element type 0x0d"), e.getMessage());
    }

    @Test
    void trailingBytesAreAnError() throws IOException {
        byte[] full = IdxFiles.idx(0x08, new int[] {3, 2, 2}, IMAGES);
        byte[] longer = Arrays.copyOf(full, full.length + 3);
        Path plain = tmp.resolve("long");
        Path gz = tmp.resolve("long.gz");
        Files.write(plain, longer);
        Files.write(gz, IdxFiles.gzip(longer));

        for (Path file : new Path[] {plain, gz}) {
            IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("3 unexpected bytes after the 12 data bytes"), e.getMessage());
        }
    }

    @Test
    void negativeDimensionIsAnError() throws IOException {
        Path file = tmp.resolve("negative");
        Files.write(file, IdxFiles.idx(0x08, new int[] {2, -1}, new byte[0]));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("negative size for dimension 1"), e.getMessage());
    }

    @Test
    void absurdDimensionsAreAnErrorBeforeAnyAllocation() throws IOException {
        Path file = tmp.resolve("absurd");
        Files.write(file, IdxFiles.idx(0x08, new int[] {100_000, 100_000}, new byte[] {1}));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void headerPromisingFarMoreThanTheFileHoldsIsTruncatedNotOutOfMemory() throws IOException {
        Path file = tmp.resolve("liar.gz");
        Files.write(file, IdxFiles.gzip(IdxFiles.idx(0x08, new int[] {2_000_000_000}, new byte[] {1, 2})));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("expected 2000000000 data bytes, found 2"), e.getMessage());
    }

    @Test
    void missingFileIsAnIoErrorNamingIt() {
        Path file = tmp.resolve("absent-idx1-ubyte.gz");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void streamsTheValuesInPiecesOfAnySize() throws IOException {
        byte[] data = IdxFiles.counting(3 * 5 * 7);
        for (boolean compressed : new boolean[] {false, true}) {
            Path file = IdxFiles.write(tmp.resolve("stream" + compressed), new int[] {3, 5, 7}, data, compressed);
            byte[] read = new byte[data.length];

            try (IdxReader.Values values = IdxReader.open(file)) {
                assertArrayEquals(new int[] {3, 5, 7}, values.shape());
                assertEquals(data.length, values.count());
                values.read(read, 0, 1);
                values.read(read, 1, 50);
                values.read(read, 51, 0);
                values.read(read, 51, data.length - 51);
                values.finish();
            }

            assertArrayEquals(data, read);
        }
    }

    @Test
    void streamingStopsAtTheDataItsHeaderPromises() throws IOException {
        Path file = IdxFiles.write(tmp.resolve("short"), new int[] {3}, new byte[] {1, 2, 3}, true);

        try (IdxReader.Values values = IdxReader.open(file)) {
            assertThrows(IllegalStateException.class, values::finish);
            assertThrows(IllegalArgumentException.class, () -> values.read(new byte[4], 0, 4));
        }
    }

    @Test
    void streamedTruncationNamesFileAndCountsWhatCameBefore() throws IOException {
        byte[] full = IdxFiles.idx(0x08, new int[] {3, 2, 2}, IMAGES);
        Path file = tmp.resolve("cut-stream");
        Files.write(file, Arrays.copyOf(full, full.length - 2));

        try (IdxReader.Values values = IdxReader.open(file)) {
            byte[] read = new byte[12];
            values.read(read, 0, 4);
            IdxFormatException e = assertThrows(IdxFormatException.class, () -> values.read(read, 4, 8));
            assertTrue(e.getMessage().contains("is truncated: expected 12 data bytes, found 10"), e.getMessage());
            assertEquals(file, e.file());
        }
    }

    /** Larger than the reader's first allocation when it cannot trust the header (4 MiB). */
    @Test
    void readsLargeFilesExactlyHoweverTheyAreStored() throws IOException {
        int[] shape = {5_000, 28, 40};
        byte[] data = IdxFiles.counting(5_000 * 28 * 40);
        byte[] idx = IdxFiles.idx(0x08, shape, data);
        Path plain = IdxFiles.write(tmp.resolve("large"), shape, data, false);
        Path gz = IdxFiles.write(tmp.resolve("large.gz"), shape, data, true);
        // Two gzip members, as concatenated files are: the trailer of the last one counts only its
        // own bytes, so the reader cannot size the array from it and must grow it as data arrives.
        Path members = tmp.resolve("members.gz");
        int cut = idx.length - 1_000;
        Files.write(members, concat(IdxFiles.gzip(Arrays.copyOf(idx, cut)),
                IdxFiles.gzip(Arrays.copyOfRange(idx, cut, idx.length))));

        for (Path file : new Path[] {plain, gz, members}) {
            IdxArray read = IdxReader.read(file);
            assertArrayEquals(shape, read.shape(), file.toString());
            assertArrayEquals(data, read.data(), file.toString());
        }
    }

    @Test
    void largeTruncatedGzipIsTruncatedWhateverItsLastBytesSay() throws IOException {
        byte[] data = IdxFiles.counting(5_000 * 28 * 40);
        byte[] gz = IdxFiles.gzip(IdxFiles.idx(0x08, new int[] {5_000, 28, 40}, data));
        Path file = tmp.resolve("large-cut.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));

        assertTrue(e.getMessage().contains("is truncated: expected 5600000 data bytes, found "), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
