package dev.lamina.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonitorModeTest {

    @Test
    void autoMinimizesLossesAndFollowsTheMetricsDirection() {
        assertFalse(MonitorMode.AUTO.maximizes("loss"));
        assertFalse(MonitorMode.AUTO.maximizes("val_loss"));
        assertTrue(MonitorMode.AUTO.maximizes("accuracy"));
        assertTrue(MonitorMode.AUTO.maximizes("val_accuracy"));
    }

    @Test
    void minAndMaxIgnoreTheName() {
        assertFalse(MonitorMode.MIN.maximizes("accuracy"));
        assertTrue(MonitorMode.MAX.maximizes("val_loss"));
        assertTrue(MonitorMode.MAX.maximizes("anything"));
    }

    @Test
    void autoRefusesANameWithNoKnownDirection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MonitorMode.AUTO.maximizes("val_learning_rate"));
        assertEquals("Mode AUTO cannot tell whether 'val_learning_rate' should fall or rise: it is neither a loss nor a"
                + " metric. Received: monitor=\"val_learning_rate\". Set the mode to MIN or MAX.", e.getMessage());
    }

    @Test
    void everyMetricIsLoggedUnderItsLowerCaseName() {
        assertEquals("accuracy", Metric.ACCURACY.logName());
        assertTrue(Metric.ACCURACY.higherIsBetter());
    }
}
