package dev.lamina.runtime.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, so the reader is checked against bytes laid out by hand. */
final class IdxFiles {
    private IdxFiles() {}

    /** The bytes of an IDX file: 00 00 type ndims, big-endian dimensions, then {@code data}. */
    static byte[] idx(int type, int[] shape, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(0);
        out.write(type);
        out.write(shape.length);
        for (int d : shape) {
            out.write(d >>> 24);
            out.write(d >>> 16);
            out.write(d >>> 8);
            out.write(d);
        }
        out.writeBytes(data);
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes an unsigned-byte IDX file, gzipped when {@code compressed}. */
    static Path write(Path file, int[] shape, byte[] data, boolean compressed) throws IOException {
        byte[] bytes = idx(0x08, shape, data);
        Files.write(file, compressed ? gzip(bytes) : bytes);
        return file;
    }

    /** {@code n} bytes {@code 0, 1, 2, ...} (mod 256), so every position has a recognisable value. */
    static byte[] counting(int n) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) i;
        }
        return data;
    }
}
