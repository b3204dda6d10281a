package dev.lamina.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.good;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files for generated sources, under {@code src/test/resources/expected/}. After a
 * deliberate change to the generator, rewrite them with
 * {@code mvn test -pl dsl-processor -Dlamina.updateGolden=true} and review the diff.
 */
class GeneratedSourceTest {
    private static final boolean UPDATE = Boolean.getBoolean("lamina.updateGolden");
    /** The source tree, not the copy on the class path, so that an update lands where it is committed. */
    private static final Path EXPECTED = Path.of("src", "test", "resources", "expected");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "FashionClassifier, dev.lamina.samples.FashionClassifierModel",
        "BinaryClassifier, test.BinaryClassifierModel",
        "AbstractClassifier, test.AbstractClassifierModel",
        "FashionBatchNorm, dev.lamina.samples.FashionBatchNormModel",
        "FashionRegularized, dev.lamina.samples.FashionRegularizedModel",
        "Initializers, test.InitializersModel",
        "ActivationLayers, test.ActivationLayersModel",
        "OneCycleNadam, test.OneCycleNadamModel",
        "ExponentialDecaySgd, test.ExponentialDecaySgdModel",
        "PlateauScheduled, test.PlateauScheduledModel",
        "CustomScheduled, test.CustomScheduledModel",
        "EarlyStopped, test.EarlyStoppedModel",
        "Transfer, test.ModelBOnAModel",
        "StackedAutoencoder, test.StackedAutoencoderModel",
        "RepeatedStack, test.RepeatedStackModel",
    })
    void generatesTheExpectedSource(String model, String generated) throws IOException {
        Compilation compilation = assertClean(good(model));
        String actual = source(compilation, generated);
        Path expectedFile = EXPECTED.resolve(generated.substring(generated.lastIndexOf('.') + 1) + ".java");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        // Equivalence first: its failure shows a readable difference of the code.
        assertThat(compilation).generatedSourceFile(generated)
                .hasSourceEquivalentTo(JavaFileObjects.forSourceString(generated, expected));
        // Then the exact text: formatting is part of what readers of generated code get.
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void outputIsIdenticalFromBuildToBuild() {
        String first = source(assertClean(good("FashionClassifier")), "dev.lamina.samples.FashionClassifierModel");
        String second = source(assertClean(good("FashionClassifier")), "dev.lamina.samples.FashionClassifierModel");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void inheritedLayersComeFirstInTheOrderOfTheExtendsClause() {
        String generated = source(assertClean(good("InheritedLayers")), "test.InheritedLayersModel");
        assertThat(generated).contains("return List.of(flatten, features, bottleneck, output);");
        assertThat(generated).contains("private final Dense features = new Dense(\"features\", 16, 32,");
        assertThat(generated).contains("return List.of(flatten, features, bottleneck);");
        assertThat(generated).doesNotContain("void close()");
        assertThat(generated).doesNotContain("toString()");
    }

    @Test
    void aLayerDeclaredFrozenIsFrozenByTheConstructorAndAModelOfItsOwnReusesNothing() {
        String generated = source(assertClean(good("Transfer")), "test.PartlyFrozenModel");
        assertThat(generated).contains("  private PartlyFrozenModel() {\n    hidden.freeze();\n  }\n");
        assertThat(generated).doesNotContain("reusedLayers()");
    }

    @Test
    void aModelReusingLayersListsThemAndFreezesNothingUnlessDeclared() {
        String generated = source(assertClean(good("Transfer")), "test.ModelAModel");
        assertThat(generated).contains("return List.of(flatten, hidden1, bn1, hidden2);");
        assertThat(generated).contains("  private ModelAModel() {\n  }\n");
    }

    @Test
    void eachRepetitionOfAReusedLayerIsReusedAndFrozenAsTheWrittenOutLayersWouldBe() {
        String target = source(assertClean(good("RepeatedTransfer")), "test.TargetTaskModel");
        assertThat(target).contains("  private TargetTaskModel() {\n    hidden1.freeze();\n    hidden2.freeze();\n"
                + "    hidden3.freeze();\n  }\n");
        assertThat(target).contains("public List<Layer> reusedLayers() {\n"
                + "    return List.of(flatten, hidden1, hidden2, hidden3);\n");
        assertThat(target).contains("  public List<Layer> hidden() {\n    return List.of(hidden1, hidden2, hidden3);\n");
        String frozen = source(assertClean(good("RepeatedTransfer")), "test.FrozenStackModel");
        assertThat(frozen).contains("  private FrozenStackModel() {\n    hidden1.freeze();\n    hidden2.freeze();\n  }\n");
    }

    @Test
    void theSelfNormalizingPresetFillsInSeluAndLecunNormalOnHiddenLayersOnly() {
        String generated = source(assertClean(good("SelfNormalizingPreset")), "test.SelfNormalizingPresetModel");
        assertThat(generated).contains("new Dense(\"hidden1\", 784, 300, Activation.SELU, Init.LECUN_NORMAL, true);");
        assertThat(generated).contains("new Dense(\"hidden2\", 300, 100, Activation.SELU, Init.LECUN_NORMAL, true);");
        assertThat(generated).contains("new Dense(\"output\", 100, 10, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true);");
    }

    @Test
    void theDefaultDnnPresetFillsInEluAndHeNormalWhereALayerSetsNeither() {
        String generated = source(assertClean(good("DefaultDnnPreset")), "test.DefaultDnnPresetModel");
        assertThat(generated).contains("new Dense(\"hidden1\", 784, 300, Activation.ELU, Init.HE_NORMAL, true);");
        // The layer's own act wins; the preset still gives it He.
        assertThat(generated).contains("new Dense(\"hidden2\", 300, 200, Activation.RELU, Init.HE_NORMAL, true);");
        // Its activation is the layer after the BatchNorm: it stays linear.
        assertThat(generated).contains("new Dense(\"hidden3\", 200, 100, Activation.LINEAR, Init.HE_NORMAL, false);");
        assertThat(generated).contains("new Dense(\"output\", 100, 10, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true);");
    }

    @Test
    void anAutoencoderPassesItsTargetAndARegressionKeepsTheFiveArgumentConfig() {
        String autoencoder = source(assertClean(good("MseReconstruction")), "test.MseReconstructionModel");
        assertThat(autoencoder).contains("new ModelConfig(\"MseReconstruction\", new long[] {2, 4},\n"
                + "      Loss.MEAN_SQUARED_ERROR, List.of(), 42L, Target.INPUT);");
        assertThat(autoencoder).contains("trained with RMSProp and performance scheduling on mean squared error to"
                + " reconstruct its input\n * (an autoencoder:");
        String regression = source(assertClean(good("Regression")), "test.RegressionModel");
        assertThat(regression).contains("new ModelConfig(\"Regression\", new long[] {8},\n"
                + "      Loss.MEAN_SQUARED_ERROR, List.of(), 42L);");
        assertThat(regression).contains("trained with RMSProp on mean squared error against the label as a number"
                + " (a regression).");
        assertThat(regression).doesNotContain("Target");
    }

    @Test
    void aNestedModelIsGeneratedTopLevelInItsPackage() {
        String generated = source(assertClean(good("Nested")), "test.NetModel");
        assertThat(generated).contains("public final class NetModel extends SequentialModel implements Nested.Net {");
        assertThat(generated).contains("new ModelConfig(\"Net\",");
    }

    @Test
    void layersNamedLikeBodyParametersAreReachedThroughThis() {
        String generated = source(assertClean(good("ParameterNames")), "test.ParameterNamesModel");
        assertThat(generated).contains("    x = this.tf.apply(tf, x, mode);\n"
                + "    x = this.x.apply(tf, x, mode);\n"
                + "    x = this.mode.apply(tf, x, mode);\n"
                + "    return x;\n");
    }

    private static String source(Compilation compilation, String generated) {
        try {
            return compilation.generatedSourceFile(generated)
                    .orElseThrow(() -> new AssertionError(generated + " was not generated"))
                    .getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
