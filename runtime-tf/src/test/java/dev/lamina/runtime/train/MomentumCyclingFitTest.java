package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.schedule.OneCycle;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** 1cycle's momentum fed through a fit: it changes training, and only when the schedule cycles it. */
class MomentumCyclingFitTest {
    private static final Dataset DATA = Blobs.of(600, 5);

    private static Fit oneCycle(boolean withMomentum) {
        OneCycle cycle = new OneCycle(0.02, Double.NaN, Double.NaN, 0.1);
        return Fit.epochs(2).verbose(false).schedule(withMomentum ? cycle.withMomentum(0.95, 0.85) : cycle);
    }

    @Test
    void aCycleWithoutMomentumTrainsTheInputModelExactlyAsThePlainOne() {
        try (var plain = TinyClassifierModel.create(); var input = TinyClassifierModel.createCyclingMomentum()) {
            plain.fit(DATA, oneCycle(false));
            input.fit(DATA, oneCycle(false));
            for (String path : plain.weights().paths()) {
                assertArrayEquals(plain.weights().get(path), input.weights().get(path), path);
            }
        }
    }

    @Test
    void cyclingTheMomentumChangesTrainingAndStillLearns() {
        try (var plain = TinyClassifierModel.createCyclingMomentum(); var cycled = TinyClassifierModel.createCyclingMomentum()) {
            plain.fit(DATA, oneCycle(false));
            History history = cycled.fit(DATA, oneCycle(true));
            assertFalse(Arrays.equals(plain.weights().get("hidden/kernel"), cycled.weights().get("hidden/kernel")));
            assertTrue(history.last("accuracy") > 0.8, "accuracy " + history.last("accuracy"));
        }
    }

    @Test
    void aScheduleThatCyclesMomentumNeedsAnOptimizerBuiltForIt() {
        try (var model = TinyClassifierModel.create()) {
            var error = assertThrows(IllegalStateException.class, () -> model.fit(DATA, oneCycle(true)));
            assertEquals("The schedule sets the momentum (0.95 at step 0), but the optimizer was built without momentum"
                    + " cycling: declare @Schedule(cycleMomentum = true) or build the optimizer with withMomentumCycling()",
                    error.getMessage());
        }
    }
}
