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
 * The rules about initializers, regularizers and constraints: lamina:variance-scaling-scale,
 * lamina:variance-scaling-placement, lamina:bias-init, lamina:weight-target,
 * lamina:conflicting-weight-annotations, lamina:regularization-factor, lamina:max-norm-value.
 */
class WeightRulesTest {

    @Test
    void aVarianceScalingScaleOfZeroIsAnError() {
        assertOnlyError(bad("VarianceScalingScaleZero"), "lamina:variance-scaling-scale",
                "Layer 'hidden': @VarianceScaling scale must be positive and finite. Received: scale = 0.0.",
                "scale = 0");
    }

    @Test
    void varianceScalingWithAnExplicitInitIsAnErrorOnInit() {
        assertOnlyError(bad("VarianceScalingWithInit"), "lamina:variance-scaling-placement",
                "Layer 'hidden' sets both init and @VarianceScaling. Received: init = HE.", "init = HE");
    }

    @Test
    void varianceScalingOnALayerWithoutKernelIsAnError() {
        assertOnlyError(bad("VarianceScalingOnDropout"), "lamina:variance-scaling-placement",
                "Layer 'drop': @VarianceScaling initializes a Dense kernel, and @Dropout has none. Received:"
                        + " @VarianceScaling on @Dropout.",
                "@VarianceScaling");
    }

    @Test
    void aBiasInitializerWithoutBiasIsAnError() {
        assertOnlyError(bad("BiasInitWithoutBias"), "lamina:bias-init",
                "Layer 'hidden' sets biasInit but has no bias. Received: useBias = false, biasInit = ONES.",
                "biasInit = ONES");
    }

    @Test
    void anOrthogonalBiasIsAnError() {
        assertOnlyError(bad("BiasInitOrthogonal"), "lamina:bias-init",
                "Layer 'hidden': biasInit cannot be ORTHOGONAL. Received: biasInit = ORTHOGONAL.",
                "biasInit = ORTHOGONAL");
    }

    @Test
    void aRegularizerOnALayerWithoutWeightsIsAnError() {
        assertOnlyError(bad("RegularizerOnDropout"), "lamina:weight-target",
                "Layer 'drop': @L2 needs a weight, and @Dropout has none. Received: @L2 on @Dropout.", "@L2(0.01)");
    }

    @Test
    void aBiasRegularizerWithoutBiasIsAnErrorOnTheTarget() {
        assertOnlyError(bad("BiasRegularizerWithoutBias"), "lamina:weight-target",
                "Layer 'hidden': @L2(on = BIAS) targets the bias, and the layer has none. Received: useBias = false.",
                "on = BIAS");
    }

    @Test
    void aSlopeConstraintOnADenseLayerIsAnError() {
        assertOnlyError(bad("AlphaConstraintOnDense"), "lamina:weight-target",
                "Layer 'hidden': @MaxNorm targets a slope (ALPHA), which @Dense does not have. Received: on = ALPHA.",
                "on = ALPHA");
    }

    @Test
    void aKernelRegularizerOnAPReLUIsAnErrorThatNamesAlpha() {
        assertOnlyError(bad("KernelRegularizerOnPReLU"), "lamina:weight-target",
                "Layer 'prelu': @L2 targets a kernel, which @PReLU does not have. Received: on = KERNEL (the default)."
                        + " @PReLU has a slope (ALPHA). Write on = ALPHA.",
                "@L2(0.01)");
    }

    @Test
    void twoRegularizersOnOneWeightAreAnErrorOnTheSecond() {
        assertOnlyError(bad("TwoRegularizers"), "lamina:conflicting-weight-annotations",
                "Layer 'hidden' has two regularizers on its kernel. Received: @L1 and @L2.", "@L2(0.01)");
    }

    @Test
    void twoConstraintsOnOneWeightAreAnErrorOnTheSecond() {
        assertOnlyError(bad("TwoConstraints"), "lamina:conflicting-weight-annotations",
                "Layer 'hidden' has two constraints on its kernel. Received: @MaxNorm and @UnitNorm.", "@UnitNorm");
    }

    @Test
    void negativeRegularizationFactorsAreErrorsWhereTheyAreWritten() {
        JavaFileObject source = bad("NegativeRegularization");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        assertThat(compilation).hadErrorContaining("[lamina:regularization-factor] @DenseDefaults l1 must be finite"
                + " and at least 0. Received: l1 = -0.1.").inFile(source).onLineContaining("@DenseDefaults(l1 = -0.1)");
        assertThat(compilation).hadErrorContaining("[lamina:regularization-factor] Layer 'hidden': @L1L2 l2 must be"
                + " finite and at least 0. Received: l2 = -1.0.").inFile(source).onLineContaining("l2 = -1");
    }

    @Test
    void maxNormsOfZeroOrBelowAreErrorsWhereTheyAreWritten() {
        JavaFileObject source = bad("MaxNormNotPositive");
        Compilation compilation = compile(source);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
        assertThat(compilation).hadErrorContaining("[lamina:max-norm-value] @DenseDefaults maxNorm must be positive"
                + " and finite. Received: maxNorm = -1.0.").inFile(source).onLineContaining("maxNorm = -1");
        assertThat(compilation).hadErrorContaining("[lamina:max-norm-value] Layer 'hidden': @MaxNorm value must be"
                + " positive and finite. Received: value = 0.0.").inFile(source).onLineContaining("@MaxNorm(0)");
    }

    @Test
    void anOutputActivationFromTheDefaultsSaysWhereItCameFrom() {
        assertOnlyError(bad("DefaultActivationOnOutput"), "lamina:output-layer",
                "Output layer 'output' must use act = SOFTMAX with loss = SPARSE_CATEGORICAL_CROSSENTROPY. Received:"
                        + " act = ELU (from @DenseDefaults).",
                "@Dense(units = 10)");
    }

    @Test
    void initializersRegularizersAndConstraintsOnWeightsTheLayersHaveAreAccepted() {
        // VarianceScaling, an orthogonal kernel, a bias initializer, L1L2 and L1 on kernel and bias, UnitNorm
        // and NonNeg on kernel and bias, L2 and MaxNorm on a PReLU slope, @DenseDefaults with an opt-out.
        assertClean(good("Initializers"));
        assertClean(good("ActivationLayers"));
        assertClean(good("FashionRegularized"));
    }
}
