package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatasetTest {
    /**
     * {@code n} examples of shape {2}: example {@code i} holds {@code {10i, 10i + 1}} and label
     * {@code i % 3}, so any copied value says where it came from.
     */
    static Dataset numbered(int n) {
        float[] features = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            features[2 * i] = 10 * i;
            features[2 * i + 1] = 10 * i + 1;
            labels[i] = i % 3;
        }
        return Dataset.of(features, new long[] {2}, labels);
    }

    private static float[] example(Dataset d, int i) {
        float[] dst = new float[d.exampleSize()];
        d.copyExample(i, dst, 0);
        return dst;
    }

    @Test
    void describesItsShapeAndSize() {
        Dataset d = Dataset.of(new float[3 * 2 * 4], new long[] {2, 4}, new int[] {0, 4, 1});

        assertEquals(3, d.size());
        assertEquals(8, d.exampleSize());
        assertArrayEquals(new long[] {2, 4}, d.exampleShape());
        assertEquals(5, d.numClasses());
        assertEquals(4, d.label(1));
    }

    @Test
    void exampleShapeIsACopyBothWays() {
        long[] shape = {2};
        Dataset d = Dataset.of(new float[4], shape, new int[] {0, 1});
        shape[0] = 4;
        d.exampleShape()[0] = 7;

        assertArrayEquals(new long[] {2}, d.exampleShape());
    }

    @Test
    void emptyDatasetHasNoClasses() {
        Dataset d = Dataset.of(new float[0], new long[] {28, 28}, new int[0]);

        assertEquals(0, d.size());
        assertEquals(0, d.numClasses());
    }

    @Test
    void rejectsFeatureCountMismatchStatingExpectedAndReceived() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new float[7], new long[] {2, 2}, new int[] {0, 1}));

        assertTrue(e.getMessage().contains("expected 8 feature values"), e.getMessage());
        assertTrue(e.getMessage().contains("Received: 7"), e.getMessage());
    }

    @Test
    void rejectsEmptyAndNonPositiveShapes() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new float[0], new long[0], new int[0]));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new float[0], new long[] {28, 0}, new int[] {1}));

        assertTrue(empty.getMessage().contains("at least one dimension"), empty.getMessage());
        assertTrue(zero.getMessage().contains("[28, 0] (dimension 1 is 0)"), zero.getMessage());
    }

    @Test
    void rejectsNegativeLabelsNamingTheExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new float[3], new long[] {1}, new int[] {0, 2, -1}));

        assertTrue(e.getMessage().contains("label -1 at example 2"), e.getMessage());
    }

    @Test
    void copyExampleCopiesToTheOffset() {
        Dataset d = numbered(4);
        float[] dst = {-1, -1, -1, -1};

        d.copyExample(3, dst, 1);

        assertArrayEquals(new float[] {-1, 30, 31, -1}, dst);
    }

    @Test
    void copyExampleChecksBounds() {
        Dataset d = numbered(4);

        assertThrows(IndexOutOfBoundsException.class, () -> d.copyExample(4, new float[2], 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.copyExample(0, new float[2], 1));
        assertTrue(e.getMessage().contains("room for 2 values from offset 1"), e.getMessage());
    }

    @Test
    void sliceCopiesTheRange() {
        Dataset s = numbered(6).slice(2, 5);

        assertEquals(3, s.size());
        assertArrayEquals(new float[] {20, 21}, example(s, 0));
        assertArrayEquals(new float[] {40, 41}, example(s, 2));
        assertEquals(2, s.label(0));
        assertEquals(1, s.label(2));
        assertEquals(0, numbered(6).slice(3, 3).size());
    }

    @Test
    void sliceChecksBounds() {
        Dataset d = numbered(6);

        assertThrows(IndexOutOfBoundsException.class, () -> d.slice(-1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> d.slice(4, 3));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> d.slice(0, 7));
        assertTrue(e.getMessage().contains("size (6)"), e.getMessage());
    }

    @Test
    void takeKeepsTheFirstExamples() {
        Dataset t = numbered(6).take(2);

        assertEquals(2, t.size());
        assertArrayEquals(new float[] {10, 11}, example(t, 1));
    }

    @Test
    void takeMoreThanSizeNamesBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> numbered(6).take(7));

        assertTrue(e.getMessage().contains("n=7, size=6"), e.getMessage());
    }

    @Test
    void filterKeepsPassingExamplesInOrder() {
        Dataset f = numbered(7).filter(label -> label == 1);

        assertEquals(2, f.size());
        assertArrayEquals(new float[] {10, 11}, example(f, 0));
        assertArrayEquals(new float[] {40, 41}, example(f, 1));
        assertEquals(1, f.label(0));
        assertEquals(0, numbered(7).filter(label -> false).size());
    }

    @Test
    void mapLabelsReplacesLabelsAndKeepsFeatures() {
        Dataset m = numbered(4).mapLabels(label -> label == 2 ? 1 : 0);

        assertEquals(4, m.size());
        assertEquals(0, m.label(0));
        assertEquals(1, m.label(2));
        assertEquals(2, m.numClasses());
        assertArrayEquals(new float[] {30, 31}, example(m, 3));
    }

    @Test
    void mapLabelsToNegativeIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> numbered(4).mapLabels(label -> label - 1));
    }

    @Test
    void labelChecksBounds() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> numbered(3).label(3));

        assertTrue(e.getMessage().contains("has 3 examples"), e.getMessage());
    }
}
