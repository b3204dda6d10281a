package dev.lamina.processor.check.output;

import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.good;

import org.junit.jupiter.api.Test;

class OutputLayerRuleTest {
    private static final String ID = "lamina:output-layer";

    @Test
    void theLastLayerMustBeDense() {
        assertOnlyError(bad("FlattenLast"), ID,
                "The last layer, 'last', must be the output layer, a @Dense. Received: @Flatten.", "Layer last();");
    }

    @Test
    void sparseCategoricalCrossEntropyNeedsSoftmax() {
        // act is left to its default, so the caret is on the annotation.
        assertOnlyError(bad("LinearOutput"), ID,
                "Output layer 'output' must use act = SOFTMAX with loss = SPARSE_CATEGORICAL_CROSSENTROPY."
                        + " Received: act = LINEAR.",
                "@Dense(units = 10) Layer output();");
    }

    @Test
    void sparseCategoricalCrossEntropyNeedsTwoUnits() {
        assertOnlyError(bad("OneUnitSoftmax"), ID, "Output layer 'output' needs at least 2 units", "units = 1)");
    }

    @Test
    void binaryCrossEntropyNeedsSigmoid() {
        assertOnlyError(bad("SoftmaxBinary"), ID,
                "Output layer 'output' must use act = SIGMOID with loss = BINARY_CROSSENTROPY."
                        + " Received: act = SOFTMAX.",
                "act = SOFTMAX)");
    }

    @Test
    void binaryCrossEntropyNeedsOneUnit() {
        assertOnlyError(bad("TwoUnitsBinary"), ID,
                "Output layer 'output' must have exactly 1 unit with loss = BINARY_CROSSENTROPY. Received: units = 2.",
                "units = 2)");
    }

    @Test
    void outputsThatFitTheirLossAreAccepted() {
        assertClean(good("FashionClassifier"));
        assertClean(good("BinaryClassifier"));
    }
}
