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

class ConstantInitRuleTest {

    @Test
    void aHiddenLayerWhoseUnitsStartEqualIsAWarningOnItsInitAndTheModelIsStillGenerated() {
        JavaFileObject source = bad("ConstantInit");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[lamina:constant-init] Hidden layer 'hidden1' starts with every"
                        + " kernel weight equal. Received: init = ZEROS. With equal weights every unit computes the"
                        + " same output and receives the same gradient, so the units stay equal however long the"
                        + " layer trains: it works as one unit repeated 30 times.")
                .inFile(source).onLineContaining("           init = ZEROS)");
        assertThat(compilation).hadWarningContaining("[lamina:constant-init] Hidden layer 'hidden2' starts with every"
                + " kernel weight equal. Received: init = ONES.").inFile(source).onLineContaining("Layer hidden2();");
        // One unit has no twin to stay equal to, and the output layer's units get different gradients;
        // the one-unit SELU layer still hears that SELU wants LeCun (a constant fits no activation).
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'bottleneck': SELU needs LeCun"
                + " normal initialization.").inFile(source).onLineContaining("Layer bottleneck();");
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(3);
    }

    @Test
    void randomInitializersAreNoWarning() {
        assertClean(good("FashionClassifier"));
    }
}
