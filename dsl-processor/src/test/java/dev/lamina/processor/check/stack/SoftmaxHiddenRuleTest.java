package dev.lamina.processor.check.stack;

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

class SoftmaxHiddenRuleTest {

    @Test
    void softmaxOnAHiddenLayerIsAWarningOnItsActAndTheModelIsStillGenerated() {
        JavaFileObject source = bad("SoftmaxHidden");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(
                        "[lamina:softmax-hidden] Hidden layer 'hidden' uses softmax. Received: act = SOFTMAX.")
                .inFile(source).onLineContaining("Layer hidden();");
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
        assertThat(compilation).generatedSourceFile("test.SoftmaxHiddenModel");
    }

    @Test
    void aLayerAfterTheIntendedOutputLayerIsReportedWithoutCallingTheOutputLayerHidden() {
        // 'drop' after the softmax output makes 'output' look hidden; the output-layer error
        // says what is wrong, and advice about hidden layers waits until it is fixed.
        JavaFileObject source = bad("DropoutAfterOutput");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:output-layer] The last layer, 'drop', must be the output"
                + " layer, a @Dense.").inFile(source).onLineContaining("@Dropout(0.2)");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).isEmpty();
    }

    @Test
    void anOutputLayerInItsPlaceWithAWrongActivationLeavesTheAdviceOnHiddenLayers() {
        JavaFileObject source = bad("LinearOutputAfterSoftmax");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:output-layer] Output layer 'output' must use act = SOFTMAX")
                .inFile(source).onLineContaining("Layer output();");
        assertThat(compilation).hadWarningContaining("[lamina:softmax-hidden] Hidden layer 'hidden' uses softmax.")
                .inFile(source).onLineContaining("Layer hidden();");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
    }

    @Test
    void suppressWarningsOnTheLayerMethodSilencesIt() {
        assertClean(good("SuppressedSoftmax"));
    }

    @Test
    void suppressWarningsOnTheModelTypeSilencesIt() {
        assertClean(good("SuppressedOnType"));
    }

    @Test
    void softmaxOnTheOutputLayerIsNoWarning() {
        assertClean(good("FashionClassifier"));
    }
}
