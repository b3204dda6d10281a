package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsAndRowsTest {

    @Test
    void rowsAndRealTargetsMakeARegressionDataset() {
        Dataset d = Dataset.fromRows(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {0.5, -1.25});

        assertEquals(2, d.size());
        assertArrayEquals(new long[] {3}, d.exampleShape());
        assertEquals(Targets.Kind.REAL, d.targets().kind());
        assertEquals(-1.25f, d.targets().value(1, 0));
        float[] row = new float[3];
        d.copyExample(1, row, 0);
        assertArrayEquals(new float[] {4, 5, 6}, row);
        assertEquals(0, d.numClasses(), "real targets have no classes");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.label(0));
        assertTrue(e.getMessage().contains("real values"), e.getMessage());
    }

    @Test
    void vectorTargetsKeepTheirWidthThroughBatches() {
        Dataset d = Dataset.fromRows(new float[][] {{1}, {2}, {3}}, new float[][] {{1, 10}, {2, 20}, {3, 30}});

        assertEquals(2, d.targets().width());
        Batch batch = d.batches(2, false, 0, 0).iterator().next();
        assertArrayEquals(new float[] {1, 10, 2, 20}, batch.targets());
        float[] features = new float[2];
        float[] targets = new float[4];
        assertEquals(1, d.batches(2, false, 0, 0).fill(1, features, targets));
        assertArrayEquals(new float[] {3, 30}, Arrays.copyOf(targets, 2));
    }

    @Test
    void classIndicesComeAsIntsOrLongs() {
        Dataset fromInts = Dataset.fromRows(new float[][] {{0}, {1}}, new int[] {2, 0});
        Dataset fromLongs = Dataset.of(new float[] {0, 1}, new long[] {1}, Targets.classes(new long[] {2, 0}));

        assertEquals(3, fromInts.numClasses());
        assertEquals(fromInts.targets(), fromLongs.targets());
        assertEquals(2, fromLongs.label(0));
    }

    @Test
    void binaryLabelsMustBeZeroOrOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Targets.binary(new int[] {0, 1, 2}));
        assertEquals("Targets.binary: expected labels 0 or 1. Received: label 2 at example 2. For more than two"
                + " classes use Targets.classes with SPARSE_CATEGORICAL_CROSSENTROPY.", e.getMessage());
    }

    @Test
    void raggedRowsAreRejectedNamingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.fromRows(new double[][] {{1, 2}, {3}}, new double[] {0, 0}));
        assertEquals("Dataset.fromRows: expected every row to hold the same number (>= 1) of feature values."
                + " Received: row 0 has 2, row 1 has 1.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dataset.fromRows(new double[][] {{1}}, new double[] {0, 1}));
    }

    @Test
    void classNamesMustCoverEveryIndex() {
        assertThrows(IllegalArgumentException.class, () -> Targets.classes(new int[] {0, 2}, List.of("a", "b")));
        assertEquals(List.of("a", "b", "c"), Targets.classes(new int[] {0, 2}, List.of("a", "b", "c")).classNames());
    }

    @Test
    void shuffleIsASeededPermutation() {
        Dataset d = DatasetTest.numbered(10);
        Dataset once = d.shuffle(7);
        Dataset again = d.shuffle(7);

        assertEquals(once.targets(), again.targets(), "the same seed, the same order");
        int[] labels = new int[10];
        float[] row = new float[2];
        for (int i = 0; i < 10; i++) {
            once.copyExample(i, row, 0);
            int original = (int) row[0] / 10;
            assertEquals(original % 3, once.label(i), "an example keeps its label");
            labels[i] = original;
        }
        Arrays.sort(labels);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, labels);
    }

    @Test
    void splitHoldsOutTheFractionAfterShuffling() {
        TrainTest parts = DatasetTest.numbered(10).split(0.25, 3);

        assertEquals(7, parts.train().size(), "floor(10 × 0.75) to train, as Keras rounds");
        assertEquals(3, parts.test().size());
        assertEquals(DatasetTest.numbered(10).split(0.25, 3).test().targets(), parts.test().targets());
    }

    @Test
    void splitLastTakesTheLastExamplesInOrder() {
        TrainTest parts = DatasetTest.numbered(10).splitLast(0.3);

        assertEquals(7, parts.train().size());
        float[] row = new float[2];
        parts.test().copyExample(0, row, 0);
        assertArrayEquals(new float[] {70, 71}, row, "Keras's validation_split: the last 30 %, unshuffled");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetTest.numbered(3).splitLast(0.9));
        assertTrue(e.getMessage().contains("leaves one part empty"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetTest.numbered(3).splitLast(1.0));
    }

    @Test
    void nonFiniteNamesTheExampleAndPosition() {
        Dataset clean = Dataset.fromRows(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2});
        Dataset nanFeature = Dataset.fromRows(new double[][] {{1, 2}, {3, Double.NaN}}, new double[] {1, 2});
        Dataset infTarget = Dataset.fromRows(new double[][] {{1, 2}, {3, 4}}, new double[] {Double.POSITIVE_INFINITY, 2});

        assertNull(clean.nonFinite());
        assertEquals(new NonFinite(1, false, 1, Float.NaN), nanFeature.nonFinite());
        assertEquals("NaN in feature 1 of example 1", nanFeature.nonFinite().describe());
        assertEquals("Infinity in target 0 of example 0", infTarget.nonFinite().describe());
    }

    @Test
    void theBlockedScanFindsTheFirstNonFiniteValueAnywhere() {
        float[] values = new float[10_000];
        assertEquals(-1, NonFinite.firstNonFinite(values));
        for (int at : new int[] {0, 4095, 4096, 9999}) {
            for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
                float[] copy = values.clone();
                copy[at] = bad;
                if (at < 9999) {
                    copy[9999] = Float.NaN; // a later one in another block must not be reported first
                }
                assertEquals(at, NonFinite.firstNonFinite(copy), bad + " at " + at);
            }
        }
        values[5000] = Float.MAX_VALUE;
        values[5001] = -Float.MAX_VALUE;
        assertEquals(-1, NonFinite.firstNonFinite(values), "large finite values are finite");
    }
}
