package dev.lamina.runtime.data;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 *
 * <p>{@link #read} returns the whole file; {@link #open} is the streaming form for a caller that
 * checks the header first and then wants the values delivered into its own buffers (Fashion-MNIST
 * converts them to floats chunk by chunk, without holding all the bytes twice).
 */
public final class IdxReader {
    /** The element type "unsigned byte" in the third magic byte. */
    private static final int UNSIGNED_BYTE = 0x08;
    /** The largest array the JVM reliably allocates. */
    private static final long MAX_VALUES = Integer.MAX_VALUE - 8;
    private static final int BUFFER = 1 << 16;
    /**
     * Without a trustworthy size for the data (see {@link Values#readAll}), the first read
     * allocates at most this much, so a lying header cannot exhaust memory.
     */
    private static final int FIRST_CHUNK = 1 << 22;
    /**
     * The most requested from the stream at once: a stream that fails mid-request forgets what it
     * already delivered, and a bounded request keeps the "found M bytes" of the message exact to
     * within this much.
     */
    private static final int READ_CHUNK = 1 << 16;
    /** Deflate's largest expansion (about 1032:1), so a gzip file of n bytes holds at most this times n. */
    private static final long MAX_DEFLATE_RATIO = 1032;

    private IdxReader() {}

    /**
     * Reads a whole IDX file of unsigned bytes, gzip-compressed or not.
     *
     * @throws IdxFormatException if the file is not a valid IDX file of unsigned bytes, or holds
     *     fewer or more bytes than its header promises
     * @throws IOException if the file cannot be read at all
     */
    public static IdxArray read(Path file) throws IOException {
        try (Values values = open(file)) {
            return values.readAll();
        }
    }

    /**
     * Opens an IDX file of unsigned bytes and reads its header; the values follow, read by the
     * caller with {@link Values#read} and ended with {@link Values#finish} (or {@link
     * Values#readAll}). The same checks and messages as {@link #read}.
     *
     * @throws IdxFormatException if the header is not a valid IDX header of unsigned bytes
     * @throws IOException if the file cannot be read at all
     */
    static Values open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long fileSize = channel.size();
            BufferedInputStream raw = new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = raw;
            long sizeLimit = fileSize;
            if (b0 == 0x1f && b1 == 0x8b) {
                sizeLimit = gzipSizeLimit(channel, fileSize);
                try {
                    in = new GZIPInputStream(raw, BUFFER);
                } catch (IOException e) {
                    throw new IdxFormatException(file, "starts like gzip but its gzip header is corrupt ("
                            + e.getMessage() + "). Replace it with the original.", e);
                }
            }
            int[] shape = readHeader(file, in);
            int count = valueCount(file, shape);
            return new Values(file, in, shape, count, sizeLimit - 4 - 4L * shape.length);
        } catch (IOException | RuntimeException | Error e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * What a gzip file's own trailer says its content measures (ISIZE, the size modulo 2^32 of
     * its last member), capped by what deflate can expand the file to; only a hint, as the file may
     * be corrupt, but a header and a trailer that both lie, and agree, are not a plausible accident.
     */
    private static long gzipSizeLimit(FileChannel channel, long fileSize) throws IOException {
        if (fileSize < 18) {
            return 0;
        }
        ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        while (trailer.hasRemaining()) {
            if (channel.read(trailer, fileSize - 4 + trailer.position()) < 0) {
                return 0;
            }
        }
        long isize = trailer.getInt(0) & 0xFFFF_FFFFL;
        return Math.min(isize, MAX_DEFLATE_RATIO * fileSize);
    }

    /**
     * The values of an open IDX file, after its header: read in order, exactly {@link #count()}
     * of them, then {@link #finish()}.
     */
    static final class Values implements Closeable {
        private final Path file;
        private final InputStream in;
        private final int[] shape;
        private final int count;
        /** At most this many values can follow the header, as far as the file's sizes tell; a hint. */
        private final long sizeLimit;
        private int found;

        private Values(Path file, InputStream in, int[] shape, int count, long sizeLimit) {
            this.file = file;
            this.in = in;
            this.shape = shape;
            this.count = count;
            this.sizeLimit = sizeLimit;
        }

        /** The dimensions the header declares (a copy). */
        int[] shape() {
            return shape.clone();
        }

        /** The number of values the header promises: the product of {@link #shape()}. */
        int count() {
            return count;
        }

        /**
         * Reads the next {@code length} values into {@code dst} from {@code offset} on.
         *
         * @throws IdxFormatException if the file ends or fails before them, naming the file and how
         *     many of the {@link #count()} values it held
         */
        void read(byte[] dst, int offset, int length) throws IOException {
            if (length > count - found) {
                throw new IllegalArgumentException("read: " + length + " values requested, " + (count - found)
                        + " left of " + count + " in " + file);
            }
            int end = found + length;
            try {
                while (found < end) {
                    int n = in.read(dst, offset, Math.min(READ_CHUNK, end - found));
                    if (n < 0) {
                        throw truncated();
                    }
                    found += n;
                    offset += n;
                }
            } catch (EOFException e) {
                throw new IdxFormatException(file, "is truncated: expected " + count + " data bytes, found " + found
                        + " before its gzip stream ended early (" + e.getMessage() + "). Replace it with the original.",
                        e);
            } catch (IdxFormatException e) {
                throw e;
            } catch (IOException e) {
                throw new IdxFormatException(file, "is corrupt: reading failed after " + found + " of " + count
                        + " data bytes (" + e.getMessage() + "). Replace it with the original.", e);
            }
        }

        private IdxFormatException truncated() {
            return new IdxFormatException(file, "is truncated: expected " + count + " data bytes, found " + found
                    + ". Replace it with the original.");
        }

        /**
         * Checks that nothing follows the {@link #count()} values, all read; reading to the end also
         * makes gzip verify its checksum.
         *
         * @throws IdxFormatException if bytes follow, or the gzip stream fails after the values
         */
        void finish() throws IOException {
            if (found != count) {
                throw new IllegalStateException("finish: " + found + " of " + count + " values read from " + file);
            }
            long trailing;
            try {
                trailing = in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new IdxFormatException(file, "is corrupt: its " + count + " data bytes were read, but the gzip"
                        + " stream fails after them (" + e.getMessage() + "). Replace it with the original.", e);
            }
            if (trailing > 0) {
                throw new IdxFormatException(file, "has " + trailing + " unexpected bytes after the " + count
                        + " data bytes its header " + Arrays.toString(shape) + " promises."
                        + " It is not a single IDX file; replace it with the original.");
            }
        }

        /**
         * Reads all the values and {@link #finish()}es. The array is allocated at its full size
         * at once when the file's sizes vouch for the header; otherwise it grows as data actually
         * arrives (starting at 4 MiB, doubling), so a corrupt header that promises gigabytes fails
         * as "truncated" instead of allocating them.
         */
        IdxArray readAll() throws IOException {
            byte[] data = new byte[count <= sizeLimit ? count : Math.min(count, FIRST_CHUNK)];
            while (found < count) {
                if (found == data.length) {
                    data = Arrays.copyOf(data, (int) Math.min(count, 2L * data.length));
                }
                read(data, found, data.length - found);
            }
            finish();
            return new IdxArray(shape, data);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static int[] readHeader(Path file, InputStream in) throws IOException {
        byte[] magic = readFully(file, in, 4, 0);
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
        byte[] sizes = readFully(file, in, 4 * dimensions, dimensions);
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
     * Reads the magic number ({@code dimensions == 0}) or the dimension sizes. What is read is
     * named only in an error message, so a successful read builds no string (the first string
     * concatenation in a fresh JVM costs about 15 ms of bootstrapping).
     */
    private static byte[] readFully(Path file, InputStream in, int length, int dimensions) throws IOException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(length);
        } catch (IOException e) {
            throw new IdxFormatException(file, "is truncated or corrupt: reading " + headerPart(dimensions) + " failed ("
                    + e.getMessage() + ").", e);
        }
        if (bytes.length < length) {
            throw new IdxFormatException(file, "is truncated: expected " + length + " bytes for "
                    + headerPart(dimensions) + ", found " + bytes.length + ".");
        }
        return bytes;
    }

    private static String headerPart(int dimensions) {
        return dimensions == 0 ? "the 4-byte magic number" : "the " + dimensions + " dimension sizes of the header";
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
