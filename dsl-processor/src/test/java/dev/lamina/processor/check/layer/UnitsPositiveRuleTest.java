package dev.lamina.processor.check.layer;

import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.good;

import org.junit.jupiter.api.Test;

class UnitsPositiveRuleTest {

    @Test
    void zeroUnitsIsAnErrorOnTheUnitsAttribute() {
        assertOnlyError(bad("UnitsZero"), "lamina:units-positive",
                "Layer 'hidden1': @Dense units must be at least 1. Received: units = 0.", "units = 0");
    }

    @Test
    void oneUnitIsEnough() {
        assertClean(good("BinaryClassifier"));
    }
}
