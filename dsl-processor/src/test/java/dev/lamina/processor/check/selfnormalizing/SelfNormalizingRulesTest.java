package dev.lamina.processor.check.selfnormalizing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The self-normalizing rules: lamina:selu-with-batchnorm, lamina:selu-with-dropout,
 * lamina:selu-mixed-activations, lamina:selu-without-standardization and
 * lamina:selu-with-regularization. Warnings in a model with SELU hidden layers, errors (that no
 * {@code @SuppressWarnings} silences) under {@code preset = SELF_NORMALIZING}.
 */
class SelfNormalizingRulesTest {

    @Test
    void whatBreaksSelfNormalizationIsAWarningOnEachLayerInAModelWithSelu() {
        JavaFileObject source = bad("SeluBroken");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(5);
        assertThat(compilation).hadWarningContaining("[lamina:selu-with-batchnorm] Layer 'bn1' is a @BatchNorm in a"
                + " model with SELU hidden layers ('hidden1'). Received: @BatchNorm.")
                .inFile(source).onLineContaining("Layer bn1();");
        assertThat(compilation).hadWarningContaining("[lamina:selu-with-dropout] Layer 'drop2' is a plain @Dropout in"
                + " a model with SELU hidden layers ('hidden1'). Received: @Dropout(0.2).")
                .inFile(source).onLineContaining("Layer drop2();");
        assertThat(compilation).hadWarningContaining("Use @AlphaDropout(0.2) instead");
        assertThat(compilation).hadWarningContaining("[lamina:selu-mixed-activations] Hidden layer 'hidden3' uses ELU"
                + " in a model with SELU hidden layers ('hidden1'). Received: act = ELU.")
                .inFile(source).onLineContaining("Layer hidden3();");
        assertThat(compilation).hadWarningContaining("[lamina:selu-without-standardization] Model 'SeluBroken' has"
                + " SELU hidden layers ('hidden1') and does not standardize its input. Received: first layer"
                + " 'flatten', a @Flatten.")
                .inFile(source).onLineContaining("@Model(");
        assertThat(compilation).hadWarningContaining("[lamina:selu-with-regularization] Hidden layer 'hidden2' is"
                + " regularized in a model with SELU hidden layers ('hidden1'). Received: @L2(0.01).")
                .inFile(source).onLineContaining("@L2(0.01)");
    }

    @Test
    void underTheSelfNormalizingPresetEachIsAnErrorThatCannotBeSuppressed() {
        JavaFileObject source = bad("SeluBrokenPreset");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(5);
        assertThat(compilation).hadErrorContaining("[lamina:selu-with-batchnorm] Layer 'bn1' is a @BatchNorm in a"
                + " self-normalizing model (preset = SELF_NORMALIZING).")
                .inFile(source).onLineContaining("Layer bn1();");
        assertThat(compilation).hadErrorContaining("[lamina:selu-with-dropout]").inFile(source)
                .onLineContaining("Layer drop2();");
        assertThat(compilation).hadErrorContaining("[lamina:selu-mixed-activations] Hidden layer 'hidden3' uses ELU"
                + " in a self-normalizing model (preset = SELF_NORMALIZING).")
                .inFile(source).onLineContaining("Layer hidden3();");
        assertThat(compilation).hadErrorContaining("[lamina:selu-without-standardization] Model 'SeluBrokenPreset' is"
                + " self-normalizing (preset = SELF_NORMALIZING) and does not standardize its input.")
                .inFile(source).onLineContaining("@Model(");
        // hidden2 is SELU + LeCun from the preset; its own @L2 breaks it.
        assertThat(compilation).hadErrorContaining("[lamina:selu-with-regularization] Hidden layer 'hidden2'")
                .inFile(source).onLineContaining("@L2(0.01)");
    }

    @Test
    void theChaptersSelfNormalizingRecipeIsClean() {
        assertClean(good("SelfNormalizing"));
        assertClean(good("SelfNormalizingPreset"));
    }
}
