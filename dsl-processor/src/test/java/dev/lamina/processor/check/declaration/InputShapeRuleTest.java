package dev.lamina.processor.check.declaration;

import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.good;

import org.junit.jupiter.api.Test;

class InputShapeRuleTest {

    @Test
    void anEmptyInputIsAnError() {
        assertOnlyError(bad("EmptyInput"), "lamina:input-shape", "@Model input is empty. Received: input = {}.",
                "input = {}");
    }

    @Test
    void aBatchDimensionIsAnError() {
        assertOnlyError(bad("NegativeInput"), "lamina:input-shape",
                "@Model input has a dimension below 1. Received: input = {-1, 28, 28}.", "input = {-1, 28, 28}");
    }

    @Test
    void anInputTooLargeForAnIntIsAnError() {
        assertOnlyError(bad("HugeInput"), "lamina:input-shape",
                "@Model input has 10000000000 values per example.", "input = {100000, 100000}");
    }

    @Test
    void positiveDimensionsAreAccepted() {
        assertClean(good("FashionClassifier"));
    }
}
