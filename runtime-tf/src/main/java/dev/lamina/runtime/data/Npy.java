package dev.lamina.runtime.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files (format versions 1 to 3), since data and models often come from
 * Python: {@code np.save("x.npy", x)}. Element types float32, float64, int32, int64 and uint8, in
 * C order, little- or big-endian. Fortran-ordered and object arrays are rejected with the fix.
 *
 * <p>The format (NEP 1): the magic {@code \x93NUMPY}, a version, the header's length (2 bytes in
 * version 1, 4 after), then a Python dict literal such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (442, 10), }}, then the raw values.
 * Written by hand: the Java readers available (org.openlca:npy 0.0.x, a young MPL-2.0 library;
 * JetBrains-Research's npy, Kotlin and outside Maven Central; ND4J, far too large a dependency)
 * do not justify a dependency for forty lines of parsing.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {}

    /**
     * A data set from two {@code .npy} files: features of shape {@code (n, …)} (each example of
     * the remaining shape) and targets of shape {@code (n,)} or {@code (n, width)}. Integer
     * targets become class indices, float targets real values.
     */
    public static Dataset dataset(Path features, Path targets) {
        NpyArray x = read(features);
        NpyArray y = read(targets);
        long[] xShape = x.shape();
        long[] yShape = y.shape();
        if (xShape.length < 2 || yShape.length < 1 || yShape.length > 2 || xShape[0] != yShape[0]) {
            throw new InvalidDataException(targets, "Npy.dataset: expected features of shape (n, ...) and targets of"
                    + " shape (n,) or (n, width) with the same n. Received: features " + Arrays.toString(xShape)
                    + " from " + features + ", targets " + Arrays.toString(yShape) + " from " + targets + ".", null);
        }
        Targets t;
        if (y.isInteger()) {
            if (yShape.length != 1) {
                throw new InvalidDataException(targets, targets + ": integer targets are read as class indices, one"
                        + " per example, shape (n,). Received: shape " + Arrays.toString(yShape)
                        + ". Save float targets for a multi-output regression.", null);
            }
            t = Targets.classes(y.integers());
        } else {
            t = Targets.realOwned(y.toFloats(), yShape.length == 1 ? 1 : Math.toIntExact(yShape[1]));
        }
        return Dataset.of(x.toFloats(), Arrays.copyOfRange(xShape, 1, xShape.length), t);
    }

    /** Reads one array. */
    public static NpyArray read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataException(file, file + ": cannot read the .npy file: " + e.getMessage(), e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw invalid(file, "not a NumPy .npy file: it does not start with \\x93NUMPY. Save the array with"
                    + " numpy.save.");
        }
        int major = bytes[6];
        in.position(8);
        int headerLength = major == 1 ? Short.toUnsignedInt(in.getShort()) : in.getInt();
        if (major < 1 || major > 3 || in.position() + (long) headerLength > bytes.length) {
            throw invalid(file, "unsupported .npy version " + major + "." + bytes[7]
                    + " or a header past the end of the file.");
        }
        String header = new String(bytes, in.position(), headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        in.position(in.position() + headerLength);
        String descr = group(DESCR, header, file, "descr");
        if ("True".equals(group(FORTRAN, header, file, "fortran_order"))) {
            throw invalid(file, "the array is in Fortran (column-major) order, which is not read. Save it in C order:"
                    + " numpy.save(path, numpy.ascontiguousarray(a)).");
        }
        long[] shape = shape(group(SHAPE, header, file, "shape"), file);
        return values(file, descr, shape, in);
    }

    private static NpyArray values(Path file, String descr, long[] shape, ByteBuffer in) {
        if (descr.contains("O")) {
            throw invalid(file, "the array holds Python objects (dtype '" + descr + "'), which only Python can read."
                    + " Save a numeric array: numpy.save(path, a.astype(numpy.float32)).");
        }
        char order = descr.charAt(0);
        in.order(order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        String type = descr.substring(order == '<' || order == '>' || order == '|' || order == '=' ? 1 : 0);
        long count = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        int width = switch (type) {
            case "f4", "i4" -> 4;
            case "f8", "i8" -> 8;
            case "u1" -> 1;
            default -> throw invalid(file, "unsupported element type '" + descr + "'. Supported: float32 ('<f4'),"
                    + " float64 ('<f8'), int32 ('<i4'), int64 ('<i8'), uint8 ('|u1'). Convert with a.astype(...).");
        };
        if (count > Integer.MAX_VALUE || in.remaining() < count * width) {
            throw invalid(file, "truncated: the header promises " + count + " values of " + width + " bytes ("
                    + count * width + " bytes), the file holds " + in.remaining() + ".");
        }
        int n = (int) count;
        String dtype = switch (type) {
            case "f4" -> "float32";
            case "f8" -> "float64";
            case "i4" -> "int32";
            case "i8" -> "int64";
            default -> "uint8";
        };
        if (type.startsWith("i")) {
            long[] integers = new long[n];
            for (int i = 0; i < n; i++) {
                integers[i] = width == 4 ? in.getInt() : in.getLong();
            }
            return new NpyArray(shape, dtype, null, integers);
        }
        float[] floats = new float[n];
        for (int i = 0; i < n; i++) {
            floats[i] = switch (type) {
                case "f4" -> in.getFloat();
                case "f8" -> (float) in.getDouble();
                default -> Byte.toUnsignedInt(in.get());
            };
        }
        return new NpyArray(shape, dtype, floats, null);
    }

    private static long[] shape(String tuple, Path file) {
        String[] parts = tuple.split(",");
        return Arrays.stream(parts).map(String::trim).filter(part -> !part.isEmpty()).mapToLong(part -> {
            try {
                return Long.parseLong(part.endsWith("L") ? part.substring(0, part.length() - 1) : part);
            } catch (NumberFormatException e) {
                throw invalid(file, "unreadable shape (" + tuple + ") in the header.");
            }
        }).toArray();
    }

    private static String group(Pattern pattern, String header, Path file, String key) {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            throw invalid(file, "the header has no readable '" + key + "'. Received: " + header.trim());
        }
        return matcher.group(1);
    }

    private static InvalidDataException invalid(Path file, String problem) {
        return new InvalidDataException(file, file + ": " + problem, null);
    }
}
