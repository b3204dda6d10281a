package dev.lamina.processor.check.preset;

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
 * The warnings of {@code preset = DEFAULT_DNN}: lamina:default-dnn-batch-norm,
 * lamina:default-dnn-early-stopping and lamina:default-dnn-momentum.
 */
class DefaultDnnRulesTest {

    @Test
    void aDeepNetWithoutBatchNormEarlyStoppingOrMomentumWarnsOfEach() {
        JavaFileObject source = bad("DefaultDnnWithoutAdvice");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(3);
        assertThat(compilation).hadWarningContaining("[lamina:default-dnn-batch-norm] Model 'DefaultDnnWithoutAdvice'"
                + " has 6 hidden Dense layers and no Batch Normalization. Received: preset = DEFAULT_DNN.")
                .inFile(source).onLineContaining("preset = DEFAULT_DNN");
        assertThat(compilation).hadWarningContaining("[lamina:default-dnn-early-stopping] Model"
                + " 'DefaultDnnWithoutAdvice' declares no early stopping.")
                .inFile(source).onLineContaining("preset = DEFAULT_DNN");
        assertThat(compilation).hadWarningContaining("[lamina:default-dnn-momentum] Model 'DefaultDnnWithoutAdvice'"
                + " trains with plain SGD. Received: @Optimizer(SGD), momentum = 0.0 (the default), with preset ="
                + " DEFAULT_DNN.")
                .inFile(source).onLineContaining("value = SGD");
    }

    @Test
    void theDefaultConfigurationWithItsAdviceTakenIsClean() {
        assertClean(good("DeepDefaultDnn"));
        assertClean(good("DefaultDnnPreset"));
    }
}
