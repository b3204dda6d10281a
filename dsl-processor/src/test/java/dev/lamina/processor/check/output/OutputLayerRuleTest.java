package dev.lamina.processor.check.output;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
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

    // Activation and units both wrong: one error, whose fix changes both or the loss.

    @Test
    void oneSigmoidUnitUnderSparseCategoricalCrossEntropyIsOneErrorOfferingTheBinaryLoss() {
        assertOnlyError(bad("SigmoidUnitWithClasses"), ID,
                "Output layer 'output' does not fit loss = SPARSE_CATEGORICAL_CROSSENTROPY, which needs act = SOFTMAX"
                        + " over at least 2 units, one per class. Received: units = 1, act = SIGMOID. Sparse"
                        + " categorical cross-entropy scores one probability per class against the integer label,"
                        + " which a softmax over one unit per class gives; a softmax over one unit always outputs 1."
                        + " Its activation and its units must change together: either alone would still not fit."
                        + " Write '@Dense(units = 10, act = SOFTMAX) Layer output();' with units = the number of"
                        + " classes, or keep 'output' as it is and use loss = BINARY_CROSSENTROPY, which scores one"
                        + " sigmoid unit against 0/1 labels.",
                "Layer output();");
    }

    @Test
    void tenSoftmaxUnitsUnderBinaryCrossEntropyIsOneErrorOfferingTheClassesLoss() {
        assertOnlyError(bad("SoftmaxClassesWithBinary"), ID,
                "Output layer 'output' does not fit loss = BINARY_CROSSENTROPY, which needs one unit with act ="
                        + " SIGMOID. Received: units = 10, act = SOFTMAX.",
                "Layer output();");
        assertThat(compile(bad("SoftmaxClassesWithBinary"))).hadErrorContaining(
                "Write '@Dense(units = 1, act = SIGMOID) Layer output();', or keep 'output' as it is and use loss ="
                        + " SPARSE_CATEGORICAL_CROSSENTROPY, which scores one softmax unit per class against integer"
                        + " labels.");
    }

    @Test
    void tenSoftmaxUnitsUnderARegressionLossIsOneError() {
        assertOnlyError(bad("SoftmaxClassesWithRegression"), ID,
                "Output layer 'output' does not fit loss = MEAN_SQUARED_ERROR, which needs one unit that is not a"
                        + " SOFTMAX, the label as a number. Received: units = 10, act = SOFTMAX.",
                "Layer output();");
    }

    @Test
    void outputsThatFitTheirLossAreAccepted() {
        assertClean(good("FashionClassifier"));
        assertClean(good("BinaryClassifier"));
    }
}
