package dev.lamina.processor.check.layer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules about the layers of the chapter's catalogue: lamina:dropout-rate,
 * lamina:batch-norm-range, lamina:rrelu-range, lamina:leaky-relu-slope, lamina:standardize-first,
 * lamina:prelu-shared-axes, and lamina:output-layer's fixes for a model that ends with one of them.
 */
class LayerRulesTest {

    @Test
    void aDropoutRateOutsideZeroToOneIsAnErrorOnTheRate() {
        JavaFileObject source = bad("DropoutRateOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        assertThat(compilation).hadErrorContaining("[lamina:dropout-rate] Layer 'drop': the @Dropout rate must be in"
                + " [0, 1). Received: @Dropout(1.0).").inFile(source).onLineContaining("@Dropout(1.0)");
        assertThat(compilation).hadErrorContaining("[lamina:dropout-rate] Layer 'alphaDrop': the @AlphaDropout rate"
                + " must be in [0, 1). Received: @AlphaDropout(-0.1).")
                .inFile(source).onLineContaining("@AlphaDropout");
    }

    @Test
    void batchNormOutOfRangeIsReportedOnEachAttribute() {
        JavaFileObject source = bad("BatchNormOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        assertThat(compilation).hadErrorContaining("[lamina:batch-norm-range] Layer 'bn': @BatchNorm momentum must be"
                + " in [0, 1). Received: momentum = 1.0.").inFile(source).onLineContaining("momentum = 1.0");
        assertThat(compilation).hadErrorContaining("[lamina:batch-norm-range] Layer 'bn': @BatchNorm epsilon must be"
                + " positive and finite. Received: epsilon = 0.0.").inFile(source).onLineContaining("epsilon = 0)");
    }

    @Test
    void rreluWithLowerAboveUpperIsAnError() {
        assertOnlyError(bad("RReLUInverted"), "lamina:rrelu-range",
                "Layer 'rrelu': @RReLU lower must be at most upper. Received: lower = 0.5, upper = 0.25.",
                "upper = 0.25");
    }

    @Test
    void rreluSlopesOutsideZeroToOneAreAnError() {
        assertOnlyError(bad("RReLUOutOfRange"), "lamina:rrelu-range",
                "Layer 'rrelu': @RReLU upper must be in [0, 1]. Received: upper = 1.5.", "upper = 1.5");
    }

    @Test
    void aNegativeLeakyReLUSlopeIsAnError() {
        assertOnlyError(bad("LeakyReLUNegative"), "lamina:leaky-relu-slope",
                "Layer 'leaky': @LeakyReLU slope must be finite and at least 0. Received: slope = -0.2.",
                "slope = -0.2");
    }

    @Test
    void standardizeAfterAnotherLayerIsAnError() {
        assertOnlyError(bad("StandardizeNotFirst"), "lamina:standardize-first",
                "Layer 'standardize' is @Standardize, which must be the first layer. Received: it comes after"
                        + " 'flatten'.",
                "@Standardize");
    }

    @Test
    void preluSharedAxesBeyondTheInputRankAreAnError() {
        assertOnlyError(bad("PReLUAxesOutOfRange"), "lamina:prelu-shared-axes",
                "Layer 'prelu': @PReLU sharedAxes must be distinct axes from 1 to 2, the rank of its input of shape"
                        + " (28, 28). Received: sharedAxes = {1, 3}.",
                "sharedAxes = {1, 3}");
    }

    @Test
    void batchNormAsTheLastLayerSaysToMoveItBeforeTheOutput() {
        assertOnlyError(bad("BatchNormLast"), "lamina:output-layer",
                "The last layer, 'bn', must be the output layer, a @Dense. Received: @BatchNorm. The loss is computed"
                        + " from the output layer's pre-activations (its logits), which only a Dense layer has. Batch"
                        + " Normalization normalizes the input of the next layer: move 'bn' before the output layer,"
                        + " and end the model with a Dense layer, e.g. '@Dense(units = 10, act = SOFTMAX) Layer"
                        + " output();'.",
                "Layer bn();");
    }

    @Test
    void dropoutAsTheLastLayerSaysToMoveItBeforeTheOutput() {
        assertOnlyError(bad("DropoutLast"), "lamina:output-layer",
                "The last layer, 'drop', must be the output layer, a @Dense. Received: @Dropout.", "Layer drop();");
        assertThat(messages(compile(bad("DropoutLast")), Diagnostic.Kind.ERROR).get(0))
                .contains("move 'drop' before the output layer");
    }

    @Test
    void anActivationLayerAsTheLastLayerSaysToSetActOnTheOutput() {
        assertOnlyError(bad("LeakyReLULast"), "lamina:output-layer",
                "The last layer, 'leaky', must be the output layer, a @Dense. Received: @LeakyReLU.",
                "Layer leaky();");
        assertThat(messages(compile(bad("LeakyReLULast")), Diagnostic.Kind.ERROR).get(0))
                .endsWith("remove 'leaky' and set act on the output layer, e.g. '@Dense(units = 10, act = SOFTMAX)"
                        + " Layer output();'.");
    }

    @Test
    void theChaptersLayersInRangeAreAccepted() {
        // BatchNorm (defaults and written), activation layers, dropout, alpha dropout, leaky, parametric and
        // randomized ReLUs, a shared PReLU over an image, Standardize first.
        assertClean(good("FashionBatchNorm"));
        assertClean(good("FashionRegularized"));
        assertClean(good("ActivationLayers"));
    }
}
