package dev.lamina.processor.check;

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

/** lamina:optimizer-attribute, lamina:nesterov-needs-momentum and lamina:optimizer-range. */
class OptimizerRulesTest {

    @Test
    void anAttributeTheOptimizerDoesNotUseIsAnErrorOnThatAttribute() {
        assertOnlyError(bad("BetaOnSgd"), "lamina:optimizer-attribute",
                "@Optimizer(value = SGD) does not use beta1. Received: beta1 = 0.8.", "beta1 = 0.8");
    }

    @Test
    void theFixNamesTheOptimizersThatUseTheAttribute() {
        assertThat(messages(compile(bad("BetaOnSgd")), Diagnostic.Kind.ERROR).get(0))
                .endsWith("Remove beta1, or choose value = ADAM.");
    }

    @Test
    void nesterovWithoutMomentumIsAnError() {
        assertOnlyError(bad("NesterovWithoutMomentum"), "lamina:nesterov-needs-momentum",
                "@Optimizer sets nesterov = true without a momentum. Received: momentum = 0.0.", "nesterov = true");
    }

    @Test
    void everyValueOutOfRangeIsReportedOnItsOwnAttribute() {
        JavaFileObject source = bad("RmsPropOutOfRange");
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(4);
        String id = "[lamina:optimizer-range] ";
        assertThat(compilation).hadErrorContaining(id + "@Optimizer learningRate must be positive and finite."
                + " Received: learningRate = 0.0.").inFile(source).onLineContaining("learningRate = 0,");
        assertThat(compilation).hadErrorContaining(id + "@Optimizer rho must be in [0, 1). Received: rho = 1.0.")
                .inFile(source).onLineContaining("rho = 1.0");
        assertThat(compilation).hadErrorContaining(id + "@Optimizer momentum must be in [0, 1)."
                + " Received: momentum = -0.1.")
                .inFile(source).onLineContaining("momentum = -0.1");
        assertThat(compilation).hadErrorContaining(id + "@Optimizer epsilon must be positive and finite."
                + " Received: epsilon = 0.0.").inFile(source).onLineContaining("epsilon = 0)");
    }

    @Test
    void adamsValuesAreCheckedToo() {
        JavaFileObject source = bad("AdamOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(3);
        assertThat(compilation).hadErrorContaining("Received: learningRate = Infinity.")
                .inFile(source).onLineContaining("POSITIVE_INFINITY");
        assertThat(compilation).hadErrorContaining("Received: beta1 = 1.0.").inFile(source).onLineContaining("beta1");
        assertThat(compilation).hadErrorContaining("Received: beta2 = -0.5.").inFile(source).onLineContaining("beta2");
    }

    @Test
    void valuesInRangeForTheirOptimizerAreAccepted() {
        // SGD with momentum and Nesterov; Adam with nothing written.
        assertClean(good("BinaryClassifier"));
        assertClean(good("FashionClassifier"));
    }
}
