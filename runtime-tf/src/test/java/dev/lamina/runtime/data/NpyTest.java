package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The .npy reader against files written by NumPy's {@code numpy.save} (in
 * {@code src/test/resources/npy}), and hand-damaged ones for each error.
 */
class NpyTest {
    private static final float[] X = {1.5f, 2, -3, 4, 5.25f, 6};

    private static Path file(String name) {
        try {
            return Path.of(NpyTest.class.getResource("/npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsEachSupportedTypeInCOrder() {
        NpyArray f4 = Npy.read(file("features_f4.npy"));
        assertArrayEquals(new long[] {2, 3}, f4.shape());
        assertEquals("float32", f4.dtype());
        assertArrayEquals(X, f4.toFloats());
        assertArrayEquals(X, Npy.read(file("features_f8.npy")).toFloats());
        assertArrayEquals(X, Npy.read(file("features_f4_big_endian.npy")).toFloats());
        assertArrayEquals(X, Npy.read(file("version2.npy")).toFloats(), "format version 2 (4-byte header length)");
        assertArrayEquals(new float[] {0, 128, 255, 1, 2, 3}, Npy.read(file("features_u1.npy")).toFloats(),
                "uint8 read unsigned");
        NpyArray i8 = Npy.read(file("labels_i8.npy"));
        assertTrue(i8.isInteger());
        assertArrayEquals(new long[] {2, 0}, i8.integers());
        assertArrayEquals(new long[] {1, 0}, Npy.read(file("labels_i4.npy")).integers());
        assertFalse(f4.isInteger());
    }

    @Test
    void integerTargetsBecomeClassIndices() {
        Dataset d = Npy.dataset(file("features_f4.npy"), file("labels_i8.npy"));

        assertArrayEquals(new long[] {3}, d.exampleShape());
        assertEquals(Targets.Kind.CLASS_INDICES, d.targets().kind());
        assertEquals(2, d.label(0));
    }

    @Test
    void floatTargetsBecomeRealValuesOfTheirWidth() {
        assertEquals(-1f, Npy.dataset(file("features_f8.npy"), file("targets_f4.npy")).targets().value(1, 0));
        Dataset wide = Npy.dataset(file("features_f8.npy"), file("targets_2d_f8.npy"));
        assertEquals(2, wide.targets().width());
        assertEquals(20f, wide.targets().value(1, 1));
    }

    @Test
    void mismatchedCountsAreRejected() {
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> Npy.dataset(file("targets_f4.npy"), file("labels_i8.npy")));
        assertTrue(e.getMessage().contains("expected features of shape (n, ...)"), e.getMessage());
    }

    @Test
    void fortranOrderIsRejectedWithTheFix() {
        assertRejected("fortran_order.npy", "Fortran (column-major) order", "numpy.ascontiguousarray(a)");
    }

    @Test
    void objectArraysAreRejectedWithTheFix() {
        assertRejected("objects.npy", "Python objects (dtype '|O')", "astype(numpy.float32)");
    }

    @Test
    void otherTypesNameTheSupportedOnes() {
        assertRejected("complex.npy", "unsupported element type '<c8'", "float32 ('<f4')");
    }

    @Test
    void aTruncatedFileSaysHowMuchIsMissing() {
        assertRejected("truncated.npy", "truncated: the header promises 6 values of 4 bytes (24 bytes)",
                "the file holds 19");
    }

    @Test
    void anotherFormatIsNotAnNpyFile() {
        assertRejected("not_npy.npy", "not a NumPy .npy file", "numpy.save");
    }

    private static void assertRejected(String name, String problem, String fix) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Npy.read(file(name)));
        assertEquals(file(name), e.file());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains(fix), e.getMessage());
    }
}
