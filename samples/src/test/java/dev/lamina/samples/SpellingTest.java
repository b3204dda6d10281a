package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertEquals(0, Spelling.distance("fashion", "fashion"));
        assertEquals(3, Spelling.distance("kitten", "sitting"));
        assertEquals(3, Spelling.distance("", "abc"));
        assertEquals(3, Spelling.distance("abc", ""));
        assertEquals(1, Spelling.distance("fashon", "fashion"), "an insertion");
        assertEquals(2, Spelling.distance("bathcnorm", "batchnorm"), "a transposition is two edits");
    }

    @Test
    void closestNameIsSuggestedOnlyWhenItLooksLikeATypo() {
        List<String> names = List.of("fashion", "batchnorm", "regularized", "onecycle");
        assertEquals(Optional.of("batchnorm"), Spelling.closest("bathcnorm", names));
        assertEquals(Optional.of("regularized"), Spelling.closest("regularised", names));
        assertEquals(Optional.of("onecycle"), Spelling.closest("one-cycle", names));
        assertEquals(Optional.empty(), Spelling.closest("mnist", names));
        assertEquals(Optional.empty(), Spelling.closest("cifar10", names));
    }
}
