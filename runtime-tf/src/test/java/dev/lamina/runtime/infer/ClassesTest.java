package dev.lamina.runtime.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassesTest {
    private static final float[] ROW = {0.1f, 0.5f, 0.05f, 0.3f, 0.05f};

    @Test
    void argmaxIsTheLargestAndTheFirstOnATie() {
        assertEquals(1, Classes.argmax(ROW));
        assertEquals(0, Classes.argmax(new float[] {0.4f, 0.4f, 0.2f}));
        assertArrayEquals(new int[] {1, 2}, Classes.argmax(new float[][] {ROW, {0f, 0.2f, 0.8f}}));
    }

    @Test
    void topKIsMostProbableFirstWithTiesInIndexOrder() {
        assertEquals(List.of(new ClassScore(1, 0.5f), new ClassScore(3, 0.3f), new ClassScore(0, 0.1f),
                new ClassScore(2, 0.05f)), Classes.topK(ROW, 4));
        assertEquals(5, Classes.topK(ROW, 99).size(), "k beyond the classes gives them all");
    }

    @Test
    void topKNamesTheClassesWhenNamesAreGiven() {
        List<ClassScore> top = Classes.topK(ROW, 2, List.of("cat", "dog", "emu", "fox", "gnu"));
        assertEquals(List.of(new ClassScore(1, 0.5f, Optional.of("dog")), new ClassScore(3, 0.3f, Optional.of("fox"))), top);
        assertEquals("dog (0.500)", top.get(0).toString());
        assertEquals("3 (0.300)", new ClassScore(3, 0.3f).toString());
    }

    @Test
    void rejectsWhatCannotBeAnswered() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Classes.topK(ROW, 0)).getMessage()
                .contains("expected k ≥ 1. Received: 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Classes.topK(ROW, 1, List.of("a", "b")))
                .getMessage().contains("2 class names for 5 classes"));
        assertThrows(IllegalArgumentException.class, () -> Classes.argmax(new float[0]));
    }
}
