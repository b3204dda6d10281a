package dev.lamina.processor.check.stack;

import static com.google.common.truth.Truth.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class DenseNeedsFlattenRuleTest {

    @Test
    void aDenseLayerOnAnImageIsAnErrorOnItsAnnotation() {
        assertOnlyError(bad("MissingFlatten"), "lamina:dense-needs-flatten",
                "Layer 'hidden1': @Dense needs a vector per example. Received: input of shape (28, 28).",
                "@Dense(units = 300");
    }

    @Test
    void theMessageSaysWhereTheFlattenGoes() {
        Compilation compilation = compile(bad("MissingFlatten"));
        assertThat(messages(compilation, Diagnostic.Kind.ERROR).get(0))
                .contains("Add '@Flatten Layer flatten();' before 'hidden1' to turn each (28, 28) example into a"
                        + " vector of 784 values.");
    }

    @Test
    void shapesPassThroughNormalizationAndDropoutUnchanged() {
        assertOnlyError(bad("ShapeThroughBatchNorm"), "lamina:dense-needs-flatten",
                "Layer 'output': @Dense needs a vector per example. Received: input of shape (28, 28).",
                "@Dense(units = 10");
    }

    @Test
    void aDenseLayerAfterAFlattenOrOnAVectorIsAccepted() {
        assertClean(good("FashionClassifier"));
        assertClean(good("BinaryClassifier"));
        // Flatten after Standardize and a PReLU on the image; BatchNorm right after Flatten.
        assertClean(good("ActivationLayers"));
        assertClean(good("FashionBatchNorm"));
    }
}
