package dev.lamina.processor.check.optimizer;

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

/** lamina:optimizer-attribute, lamina:nesterov-needs-momentum, lamina:optimizer-range and lamina:one-clipping. */
class OptimizerRulesTest {

    @Test
    void anAttributeTheOptimizerDoesNotUseIsAnErrorOnThatAttribute() {
        assertOnlyError(bad("BetaOnSgd"), "lamina:optimizer-attribute",
                "@Optimizer(value = SGD) does not use beta1. Received: beta1 = 0.8.", "beta1 = 0.8");
    }

    @Test
    void theFixNamesTheOptimizersThatUseTheAttribute() {
        assertThat(messages(compile(bad("BetaOnSgd")), Diagnostic.Kind.ERROR).get(0))
                .endsWith("Remove beta1, or choose value = ADAM, NADAM, ADAMAX or ADAMW.");
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
    void amsgradIsOnlyForAdamAndAdamW() {
        assertOnlyError(bad("AmsgradOnNadam"), "lamina:optimizer-attribute",
                "@Optimizer(value = NADAM) does not use amsgrad. Received: amsgrad = true. amsgrad is the AMSGrad"
                        + " variant of Adam, which NADAM does not have; Lamina rejects a setting rather than ignore it."
                        + " Remove amsgrad, or choose value = ADAM or ADAMW.",
                "amsgrad = true");
    }

    @Test
    void adamWsDecayAndAClippingThresholdAreChecked() {
        JavaFileObject source = bad("AdamWOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        String id = "[lamina:optimizer-range] ";
        assertThat(compilation).hadErrorContaining(id + "@Optimizer weightDecay must be finite and at least 0."
                + " Received: weightDecay = -0.1.").inFile(source).onLineContaining("weightDecay = -0.1");
        assertThat(compilation).hadErrorContaining(id + "@Optimizer globalClipNorm must be positive and finite."
                + " Received: globalClipNorm = 0.0.").inFile(source).onLineContaining("globalClipNorm = 0");
    }

    @Test
    void adagradsAccumulatorAndAClippingThresholdAreChecked() {
        JavaFileObject source = bad("AdagradOutOfRange");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        String id = "[lamina:optimizer-range] ";
        assertThat(compilation).hadErrorContaining(id + "@Optimizer initialAccumulator must be finite and at least 0."
                + " Received: initialAccumulator = -1.0.").inFile(source).onLineContaining("initialAccumulator = -1");
        assertThat(compilation).hadErrorContaining(id + "@Optimizer clipValue must be positive and finite."
                + " Received: clipValue = -1.0.").inFile(source).onLineContaining("clipValue = -1.0");
    }

    @Test
    void twoClippingsAreAnErrorOnTheSecond() {
        assertOnlyError(bad("TwoClippings"), "lamina:one-clipping",
                "@Optimizer sets both clipValue and clipNorm. Received: clipValue = 1.0, clipNorm = 1.0.",
                "clipNorm = 1.0");
    }

    @Test
    void valuesInRangeForTheirOptimizerAreAccepted() {
        // SGD with momentum and Nesterov; Adam with nothing written; SGD with clipValue; AdamW with its decay,
        // AMSGrad and a global clipping norm.
        assertClean(good("BinaryClassifier"));
        assertClean(good("FashionClassifier"));
        assertClean(good("FashionBatchNorm"));
        assertClean(good("ActivationLayers"));
    }
}
