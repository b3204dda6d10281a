package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class BatchesTest {
    /** The example indices in visiting order, recovered from the features ({@code 10i, 10i + 1}). */
    private static List<Integer> visitingOrder(Batches batches) {
        List<Integer> order = new ArrayList<>();
        for (Batch batch : batches) {
            float[] f = batch.features();
            assertEquals(2 * batch.size(), f.length);
            assertEquals(batch.size(), batch.labels().length);
            for (int k = 0; k < batch.size(); k++) {
                int i = (int) (f[2 * k] / 10);
                assertEquals(10 * i + 1, f[2 * k + 1]);
                assertEquals(i % 3, batch.labels()[k], "the label travels with its example");
                order.add(i);
            }
        }
        return order;
    }

    @Test
    void keepsAPartialLastBatch() {
        Batches batches = DatasetTest.numbered(10).batches(4, false, 0, 0);

        List<Integer> sizes = new ArrayList<>();
        for (Batch batch : batches) {
            sizes.add(batch.size());
        }

        assertEquals(3, batches.batchCount());
        assertEquals(4, batches.batchSize());
        assertEquals(List.of(4, 4, 2), sizes);
    }

    /** fill (and fillIndices) give the iterator's batches, shuffled or not, into arrays reused from batch to batch. */
    @Test
    void fillReusesTheCallersArraysAndMatchesTheIterator() {
        for (boolean shuffle : new boolean[] {false, true}) {
            Batches batches = DatasetTest.numbered(10).batches(4, shuffle, 7, 3);
            float[] features = new float[8];
            int[] labels = new int[4];
            int index = 0;
            int[] indices = new int[4];
            for (Batch batch : batches) {
                assertEquals(batch.size(), batches.fillIndices(index, indices));
                for (int k = 0; k < batch.size(); k++) {
                    assertEquals(10 * indices[k], batch.features()[2 * k], "index " + k + " names the example");
                }
                assertEquals(batch.size(), batches.fill(index++, features, labels));
                assertArrayEquals(batch.features(), Arrays.copyOf(features, batch.features().length));
                assertArrayEquals(batch.labels(), Arrays.copyOf(labels, batch.size()));
            }
        }
        Batches batches = DatasetTest.numbered(10).batches(4, false, 0, 0);
        IndexOutOfBoundsException missing = assertThrows(IndexOutOfBoundsException.class,
                () -> batches.fill(3, new float[8], new int[4]));
        assertEquals("Batch 3 does not exist: this epoch has 3 batches (0..2).", missing.getMessage());
        IndexOutOfBoundsException small = assertThrows(IndexOutOfBoundsException.class,
                () -> batches.fill(0, new float[7], new int[4]));
        assertEquals("Batch 0 has 4 examples of 2 values: the arrays hold 7 values and 4 labels.", small.getMessage());
    }

    @Test
    void batchCountIsTheCeiling() {
        assertEquals(2, DatasetTest.numbered(8).batches(4, true, 1, 0).batchCount());
        assertEquals(1, DatasetTest.numbered(3).batches(32, false, 0, 0).batchCount());
        assertEquals(0, DatasetTest.numbered(0).batches(32, true, 0, 0).batchCount());
        assertFalse(DatasetTest.numbered(0).batches(32, true, 0, 0).iterator().hasNext());
    }

    @Test
    void withoutShuffleTheOrderIsNatural() {
        List<Integer> order = visitingOrder(DatasetTest.numbered(10).batches(4, false, 123, 5));

        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), order);
    }

    @Test
    void shuffledEpochVisitsEveryExampleExactlyOnce() {
        List<Integer> order = visitingOrder(DatasetTest.numbered(100).batches(7, true, 42, 3));

        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(null);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            all.add(i);
        }
        assertEquals(all, sorted);
        assertTrue(!order.equals(all), "a shuffled order of 100 examples is not the natural one");
    }

    @Test
    void shuffleIsReproducibleForTheSameSeedAndEpoch() {
        Dataset d = DatasetTest.numbered(100);

        assertEquals(visitingOrder(d.batches(7, true, 42, 3)), visitingOrder(d.batches(7, true, 42, 3)));
        assertEquals(visitingOrder(d.batches(7, true, 42, 3)), visitingOrder(d.batches(10, true, 42, 3)),
                "the order does not depend on the batch size");
    }

    @Test
    void shuffleDiffersBetweenEpochsAndSeeds() {
        Dataset d = DatasetTest.numbered(100);
        List<Integer> epoch0 = visitingOrder(d.batches(10, true, 42, 0));

        assertFalse(epoch0.equals(visitingOrder(d.batches(10, true, 42, 1))));
        assertFalse(epoch0.equals(visitingOrder(d.batches(10, true, 43, 0))));
    }

    @Test
    void iteratingTwiceGivesTheSameBatches() {
        Batches batches = DatasetTest.numbered(20).batches(6, true, 7, 2);

        assertEquals(visitingOrder(batches), visitingOrder(batches));
    }

    @Test
    void batchArraysBelongToTheBatch() {
        Dataset d = DatasetTest.numbered(4);
        Iterator<Batch> it = d.batches(2, false, 0, 0).iterator();
        Batch first = it.next();
        Batch second = it.next();
        first.features()[0] = -5;
        first.labels()[0] = 2;

        float[] dst = new float[2];
        d.copyExample(0, dst, 0);
        assertArrayEquals(new float[] {0, 1}, dst, "changing a batch does not change the data set");
        assertEquals(0, d.label(0));
        assertArrayEquals(new float[] {20, 21, 30, 31}, second.features());
        assertEquals(-5, first.features()[0], "an earlier batch stays valid after next()");
    }

    @Test
    void nextAfterTheLastBatchIsAnError() {
        Iterator<Batch> it = DatasetTest.numbered(3).batches(2, false, 0, 0).iterator();
        it.next();
        it.next();

        NoSuchElementException e = assertThrows(NoSuchElementException.class, it::next);
        assertTrue(e.getMessage().contains("All 2 batches"), e.getMessage());
    }

    @Test
    void batchSizeBelowOneIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetTest.numbered(3).batches(0, false, 0, 0));

        assertTrue(e.getMessage().contains("Received: 0"), e.getMessage());
    }

    @Test
    void permutationIsAPermutation() {
        int[] p = Shuffle.permutation(1000, -9, 12);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
    }
}
