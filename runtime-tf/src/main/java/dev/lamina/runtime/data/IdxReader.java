package dev.lamina.runtime.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST: two zero bytes, an element-type byte, a
 * dimension-count byte, each dimension as a big-endian int32, then the values.
 *
 * <p>Only unsigned bytes (type {@code 0x08}) are supported, which is what both data sets use. A
 * gzip-compressed file is recognised by its magic bytes ({@code 1f 8b}), not by its name, so a
 * renamed or already decompressed file reads the same.
 *
 * <p>Reading is strict: the file must hold exactly the bytes its header promises, no fewer (a
 * truncated download) and no more (a wrong or concatenated file). Training must never start on
 * partial data, so every such case is an {@link IdxFormatException} naming the file.
 */
public final class IdxReader {
    /** The element type "unsigned byte" in the third magic byte. */
    private static final int UNSIGNED_BYTE = 0x08;
    /** The largest array the JVM reliably allocates. */
    private static final long MAX_VALUES = Integer.MAX_VALUE - 8;
    private static final int BUFFER = 1 << 16;
    /** The first read allocates at most this much, so a lying header cannot exhaust memory. */
    private static final int FIRST_CHUNK = 1 << 22;
    /**
     * The most requested from the stream at once: a stream that fails mid-request forgets what it
     * already delivered, and a bounded request keeps the "found M bytes" of the message exact to
     * within this much.
     */
    private static final int READ_CHUNK = 1 << 16;

    private IdxReader() {}

    /**
     * Reads a whole IDX file of unsigned bytes, gzip-compressed or not.
     *
     * @throws IdxFormatException if the file is not a valid IDX file of unsigned bytes, or holds
     *     fewer or more bytes than its header promises
     * @throws IOException if the file cannot be read at all
     */
    public static IdxArray read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            int[] shape = readHeader(file, in);
            int count = valueCount(file, shape);
            byte[] data = readData(file, in, count);
            long trailing = trailingBytes(file, in, count);
            if (trailing > 0) {
                throw new IdxFormatException(file, "has " + trailing + " unexpected bytes after the " + count
                        + " data bytes its header " + Arrays.toString(shape) + " promises."
                        + " It is not a single IDX file; replace it with the original.");
            }
            return new IdxArray(shape, data);
        }
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                return new GZIPInputStream(raw, BUFFER);
            } catch (IOException e) {
                raw.close();
                throw new IdxFormatException(file, "starts like gzip but its gzip header is corrupt (" + e.getMessage()
                        + "). Replace it with the original.", e);
            }
        }
        return raw;
    }

    private static int[] readHeader(Path file, InputStream in) throws IOException {
        byte[] magic = readFully(file, in, 4, "the 4-byte magic number");
        if (magic[0] != 0 || magic[1] != 0) {
            throw new IdxFormatException(file, "is not an IDX file: expected the magic number to start with 00 00,"
                    + " found " + hex(magic) + ". Check that this is the right file.");
        }
        int type = magic[2] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new IdxFormatException(file, "has IDX element type 0x" + String.format("%02x", type)
                    + "; only 0x08 (unsigned byte), the type of MNIST and Fashion-MNIST, is supported.");
        }
        int dimensions = magic[3] & 0xFF;
        if (dimensions == 0) {
            throw new IdxFormatException(file, "declares 0 dimensions; an IDX file needs at least one.");
        }
        byte[] sizes = readFully(file, in, 4 * dimensions, "the " + dimensions + " dimension sizes of the header");
        int[] shape = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            int i = 4 * d;
            shape[d] = (sizes[i] & 0xFF) << 24 | (sizes[i + 1] & 0xFF) << 16 | (sizes[i + 2] & 0xFF) << 8 | (sizes[i + 3] & 0xFF);
        }
        return shape;
    }

    private static int valueCount(Path file, int[] shape) throws IdxFormatException {
        long count = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < 0) {
                throw new IdxFormatException(file, "declares a negative size for dimension " + d + ": "
                        + Arrays.toString(shape) + ". The header is corrupt; replace the file.");
            }
            count *= shape[d];
            if (count > MAX_VALUES) {
                throw new IdxFormatException(file, "declares dimensions " + Arrays.toString(shape) + ", more than "
                        + MAX_VALUES + " values: too large for one array, or a corrupt header.");
            }
        }
        return (int) count;
    }

    /**
     * Reads exactly {@code count} bytes. The buffer grows as data actually arrives (starting at 4
     * MiB, doubling), so a corrupt header that promises gigabytes fails as "truncated" instead of
     * allocating them; a genuine file costs a few copies of at most twice its size.
     */
    private static byte[] readData(Path file, InputStream in, int count) throws IOException {
        byte[] data = new byte[Math.min(count, FIRST_CHUNK)];
        int found = 0;
        try {
            while (found < count) {
                if (found == data.length) {
                    data = Arrays.copyOf(data, (int) Math.min(count, 2L * data.length));
                }
                int n = in.read(data, found, Math.min(READ_CHUNK, data.length - found));
                if (n < 0) {
                    break;
                }
                found += n;
            }
        } catch (EOFException e) {
            throw new IdxFormatException(file, "is truncated: expected " + count + " data bytes, found " + found
                    + " before its gzip stream ended early (" + e.getMessage() + "). Replace it with the original.", e);
        } catch (IOException e) {
            throw new IdxFormatException(file, "is corrupt: reading failed after " + found + " of " + count
                    + " data bytes (" + e.getMessage() + "). Replace it with the original.", e);
        }
        if (found < count) {
            throw new IdxFormatException(file, "is truncated: expected " + count + " data bytes, found " + found
                    + ". Replace it with the original.");
        }
        return data;
    }

    /** Counts what follows the data; reading to the end also makes gzip verify its checksum. */
    private static long trailingBytes(Path file, InputStream in, int count) throws IOException {
        try {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IdxFormatException(file, "is corrupt: its " + count + " data bytes were read, but the gzip stream"
                    + " fails after them (" + e.getMessage() + "). Replace it with the original.", e);
        }
    }

    private static byte[] readFully(Path file, InputStream in, int length, String what) throws IOException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(length);
        } catch (IOException e) {
            throw new IdxFormatException(file, "is truncated or corrupt: reading " + what + " failed ("
                    + e.getMessage() + ").", e);
        }
        if (bytes.length < length) {
            throw new IdxFormatException(file, "is truncated: expected " + length + " bytes for " + what + ", found "
                    + bytes.length + ".");
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(String.format("%02x", b & 0xFF));
        }
        return s.toString();
    }
}
