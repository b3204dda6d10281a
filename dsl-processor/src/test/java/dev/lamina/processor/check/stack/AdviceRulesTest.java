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

/**
 * The chapter's advice as warnings: lamina:init-activation, lamina:saturating-deep-stack,
 * lamina:activation-twice, lamina:bias-before-batchnorm and lamina:adagrad-deep. Each warns and
 * still generates the model; its clean counterpart differs only in what the advice asks.
 */
class AdviceRulesTest {

    /** Compiles {@code source}, asserting it succeeds with exactly {@code count} warnings, all from {@code id}. */
    private static Compilation warns(JavaFileObject source, String id, int count) {
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(count);
        assertThat(messages(compilation, Diagnostic.Kind.WARNING).stream().allMatch(m -> m.startsWith("[" + id + "]")))
                .isTrue();
        return compilation;
    }

    @Test
    void anInitializerForAnotherActivationIsAWarningOnTheInitializer() {
        JavaFileObject source = bad("InitActivationMismatches");
        Compilation compilation = warns(source, "lamina:init-activation", 4);
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'reluDefault': RELU needs He"
                + " initialization. Received: init = GLOROT_UNIFORM (the default), act = RELU. ReLU and its variants")
                .inFile(source).onLineContaining("Layer reluDefault();");
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'tanhHe': TANH needs Glorot"
                + " initialization. Received: init = HE_NORMAL, act = TANH.")
                .inFile(source).onLineContaining("init = HE)    Layer tanhHe();");
        // The activation that counts is the layer after the BatchNorm.
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'lecunThenElu': ELU needs He"
                + " initialization. Received: init = LECUN_NORMAL, @ActivationLayer(ELU) layer 'elu'.")
                .inFile(source).onLineContaining("init = LECUN_NORMAL");
        // @VarianceScaling(scale = 1, FAN_IN) is LeCun.
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'lecunLike': LEAKY_RELU needs He"
                + " initialization. Received: @VarianceScaling(scale = 1.0, mode = FAN_IN), @LeakyReLU layer"
                + " 'leaky'.")
                .inFile(source).onLineContaining("@VarianceScaling(scale = 1.0");
        assertThat(compilation).hadWarningContaining("Give @VarianceScaling scale = 2.0, mode = FAN_IN, or replace it"
                + " with init = HE_NORMAL (or HE_UNIFORM).");
        assertThat(compilation).generatedSourceFile("test.InitActivationMismatchesModel");
    }

    @Test
    void seluWithoutLecunIsAWarning() {
        JavaFileObject source = bad("SeluWithGlorot");
        Compilation compilation = warns(source, "lamina:init-activation", 1);
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'hidden1': SELU needs LeCun"
                + " normal initialization. Received: init = GLOROT_UNIFORM (the default), act = SELU.")
                .inFile(source).onLineContaining("Layer hidden1();");
    }

    @Test
    void initializersFittingTheirActivationsAreClean() {
        // Including the chapter's He with fan_avg on a sigmoid layer, and softmax with He on the output layer.
        assertClean(good("InitActivationFits"));
    }

    @Test
    void moreThanThreeSigmoidOrTanhLayersWithoutBatchNormIsAWarningOnTheFourth() {
        JavaFileObject source = bad("DeepSigmoid");
        Compilation compilation = warns(source, "lamina:saturating-deep-stack", 1);
        assertThat(compilation).hadWarningContaining("[lamina:saturating-deep-stack] Model 'DeepSigmoid' stacks 4"
                + " sigmoid or tanh hidden layers without Batch Normalization. Received: act = SIGMOID on 'hidden4',"
                + " the 4th of them. Sigmoid and tanh saturate")
                .inFile(source).onLineContaining("Layer hidden4();");
    }

    @Test
    void theSameStackWithBatchNormIsClean() {
        assertClean(good("DeepSigmoidWithBatchNorm"));
    }

    @Test
    void anActivationLayerRightAfterADenseActivationIsAWarningOnAct() {
        JavaFileObject source = bad("ActivationTwice");
        Compilation compilation = warns(source, "lamina:activation-twice", 1);
        assertThat(compilation).hadWarningContaining("[lamina:activation-twice] Layer 'hidden' has an activation and"
                + " is followed directly by activation layer 'leaky', which applies another. Received: act = RELU,"
                + " then @LeakyReLU.")
                .inFile(source).onLineContaining("Layer hidden();");
    }

    @Test
    void anActivationLayerAfterALinearDenseIsClean() {
        assertClean(good("ActivationOnce"));
    }

    @Test
    void aBiasRightBeforeBatchNormOnALinearDenseIsAWarningOnUseBias() {
        JavaFileObject source = bad("BiasBeforeBatchNorm");
        Compilation compilation = warns(source, "lamina:bias-before-batchnorm", 1);
        assertThat(compilation).hadWarningContaining("[lamina:bias-before-batchnorm] Layer 'hidden1' adds a bias that"
                + " 'bn1', the @BatchNorm right after it, removes. Received: useBias = true (the default), act ="
                + " LINEAR.")
                .inFile(source).onLineContaining("Layer hidden1();");
    }

    @Test
    void theChaptersBatchNormCellsAreClean() {
        // BN after the activation (the bias kept), and BN before it (useBias = false).
        assertClean(good("BatchNormAfterActivation"));
        assertClean(good("FashionBatchNorm"));
    }

    @Test
    void adagradOnMoreThanTwoHiddenLayersIsAWarningOnTheOptimizer() {
        JavaFileObject source = bad("AdagradDeep");
        Compilation compilation = warns(source, "lamina:adagrad-deep", 1);
        assertThat(compilation).hadWarningContaining("[lamina:adagrad-deep] Model 'AdagradDeep' trains 3 hidden Dense"
                + " layers with AdaGrad. Received: @Optimizer(ADAGRAD).")
                .inFile(source).onLineContaining("value = ADAGRAD");
    }

    @Test
    void adagradOnTwoHiddenLayersIsClean() {
        assertClean(good("AdagradShallow"));
    }
}
