package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.MonitorMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one monitor under every watching callback: direction by mode, minDelta, the best value, a missing key. */
class MonitorTest {

    @Test
    void autoMinimizesALossAndMaximizesAnAccuracy() {
        Monitor loss = Monitor.of("val_loss");
        assertFalse(loss.maximize());
        assertEquals(Double.POSITIVE_INFINITY, loss.worst());
        assertTrue(loss.isImprovement(0.4, 0.5));
        assertFalse(loss.isImprovement(0.6, 0.5));
        Monitor accuracy = Monitor.of("accuracy");
        assertTrue(accuracy.maximize());
        assertEquals(Double.NEGATIVE_INFINITY, accuracy.worst());
        assertTrue(accuracy.isImprovement(0.9, 0.8));
    }

    @Test
    void minAndMaxOverrideTheName() {
        assertTrue(new Monitor("val_loss", MonitorMode.MAX, 0).isImprovement(0.6, 0.5));
        assertTrue(new Monitor("val_accuracy", MonitorMode.MIN, 0).isImprovement(0.7, 0.8));
    }

    /** An improvement must beat the reference by more than |minDelta|, in either direction; equal is not better. */
    @Test
    void minDeltaIsAMarginAndItsSignIsIgnored() {
        Monitor loss = new Monitor("loss", MonitorMode.MIN, -0.1);
        assertEquals(0.1, loss.minDelta());
        assertFalse(loss.isImprovement(0.95, 1.0));
        assertTrue(loss.isImprovement(0.85, 1.0));
        Monitor accuracy = new Monitor("accuracy", MonitorMode.MAX, 0.05);
        assertFalse(accuracy.isImprovement(0.84, 0.8));
        assertTrue(accuracy.isImprovement(0.86, 0.8));
        assertFalse(Monitor.of("loss").isImprovement(0.5, 0.5));
    }

    @Test
    void theCallbackBaseKeepsTheBestValueUntilReset() {
        var callback = new MonitorCallback(Monitor.of("val_loss")) {};
        assertTrue(callback.updateBest(0.7));
        assertFalse(callback.updateBest(0.8));
        assertTrue(callback.updateBest(0.6));
        assertEquals(0.6, callback.best());
        callback.resetBest();
        assertEquals(Double.POSITIVE_INFINITY, callback.best());
    }

    @Test
    void aMissingQuantityIsAnErrorThatNamesTheLogs() {
        var error = assertThrows(IllegalStateException.class,
                () -> Monitor.of("val_accuracy").valueIn(Map.of("loss", 0.5)));
        assertEquals("Monitored quantity 'val_accuracy' is not in the epoch logs [loss]; pass validation data to fit",
                error.getMessage());
        assertEquals(0.5, Monitor.of("loss").valueIn(Map.of("loss", 0.5)));
    }
}
