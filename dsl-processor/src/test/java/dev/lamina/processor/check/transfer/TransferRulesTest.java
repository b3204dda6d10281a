package dev.lamina.processor.check.transfer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.generatedDespiteErrors;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.Compile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules about reused layers and freezing: lamina:reused-shape-mismatch,
 * lamina:frozen-without-weights, and lamina:duplicate-layer for a redeclared inherited layer.
 */
class TransferRulesTest {

    @Test
    void twoModelsGivingAReusedLayerDifferentShapesIsAnErrorOnEachModelsInputNamingTheOther() {
        JavaFileObject source = bad("ReusedShapeMismatch");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:reused-shape-mismatch] Model 'LargeImages' reuses layers"
                + " of Body with weights of other shapes than SmallImages gives them. Received: hidden1 kernel"
                + " (784, 300) in SmallImages but (1024, 300) here.")
                .inFile(source).onLineContaining("input = {32, 32}");
        assertThat(compilation).hadErrorContaining("[lamina:reused-shape-mismatch] Model 'SmallImages' reuses layers"
                + " of Body with weights of other shapes than LargeImages gives them. Received: hidden1 kernel"
                + " (1024, 300) in LargeImages but (784, 300) here.")
                .inFile(source).onLineContaining("input = {28, 28}");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
    }

    @Test
    void twoMismatchingModelsGetTheSameErrorsWhicheverIsCheckedFirst() {
        JavaFileObject body = bad("ReusedBody");
        JavaFileObject small = bad("ReusingSmallImages");
        JavaFileObject large = bad("ReusingLargeImages");
        List<String> smallFirst = errors(compile(body, small, large));
        List<String> largeFirst = errors(compile(body, large, small));
        assertThat(smallFirst).hasSize(2);
        assertThat(smallFirst.get(0)).startsWith("ReusingLargeImages.java:10: [lamina:reused-shape-mismatch] Model"
                + " 'ReusingLargeImages' reuses layers of ReusedBody with weights of other shapes than"
                + " ReusingSmallImages gives them. Received: hidden1 kernel (784, 300) in ReusingSmallImages but"
                + " (1024, 300) here.");
        assertThat(smallFirst.get(1)).startsWith("ReusingSmallImages.java:10: [lamina:reused-shape-mismatch] Model"
                + " 'ReusingSmallImages' reuses layers of ReusedBody with weights of other shapes than"
                + " ReusingLargeImages gives them. Received: hidden1 kernel (1024, 300) in ReusingLargeImages but"
                + " (784, 300) here.");
        assertThat(largeFirst).containsExactlyElementsIn(smallFirst).inOrder();
    }

    @Test
    void aModelThatDiffersFromTwoOthersNamesBothAndEachOfThemNamesIt() {
        List<String> errors = errors(compile(bad("ReusedBody"), bad("ReusingSmallImages"), bad("ReusingLargeImages"),
                bad("ReusingFashionImages")));
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("ReusingFashionImages.java:10: [lamina:reused-shape-mismatch] Model"
                + " 'ReusingFashionImages' reuses layers of ReusedBody with weights of other shapes than"
                + " ReusingLargeImages gives them. Received: hidden1 kernel (1024, 300) in ReusingLargeImages but"
                + " (784, 300) here.");
        assertThat(errors.get(1)).startsWith("ReusingLargeImages.java:10: [lamina:reused-shape-mismatch] Model"
                + " 'ReusingLargeImages' reuses layers of ReusedBody with weights of other shapes than"
                + " ReusingFashionImages and ReusingSmallImages give them. Received: hidden1 kernel (784, 300) in"
                + " ReusingFashionImages and ReusingSmallImages but (1024, 300) here.");
        assertThat(errors.get(2)).startsWith("ReusingSmallImages.java:10: [lamina:reused-shape-mismatch] Model"
                + " 'ReusingSmallImages' reuses layers of ReusedBody with weights of other shapes than"
                + " ReusingLargeImages gives them. Received: hidden1 kernel (1024, 300) in ReusingLargeImages but"
                + " (784, 300) here.");
        assertThat(errors.get(1)).contains("Give ReusingLargeImages the input ReusingFashionImages or"
                + " ReusingSmallImages has");
    }

    @Test
    void aReusedLayerOfAModelWithAnEmptyInputIsNotComparedAndTheInputIsReported() {
        // The input's last axis sizes a BatchNorm's statistics; with no axis there is no shape to
        // compare, and the processor once failed on it instead of reporting the input.
        JavaFileObject source = bad("EmptyInputBatchNormBody");
        assertOnlyError(source, "lamina:input-shape", "@Model input is empty. Received: input = {}.", "input = {}");
        assertThat(compile(source).diagnostics().toString()).doesNotContain("lamina:internal");
    }

    @Test
    void aMistakeInLayersTwoModelsShareIsReportedOnceOnTheSharedDeclaration(@TempDir Path out) throws IOException {
        JavaFileObject source = bad("SharedBodyError");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:units-positive] Layer 'hidden'").inFile(source)
                .onLineContaining("units = 0");
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'advised'").inFile(source)
                .onLineContaining("Layer advised();");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
        // Printed once, the error still stops both models.
        assertThat(generatedDespiteErrors(out, Compile.LINT, source)).isEmpty();
    }

    @Test
    void modelsReusingTheSameLayersWithTheSameShapesAreClean() {
        assertClean(good("Transfer"));
    }

    @Test
    void frozenOnALayerWithoutWeightsIsAnError() {
        assertOnlyError(bad("FrozenWithoutWeights"), "lamina:frozen-without-weights",
                "Layer 'drop' is @Frozen, but @Dropout has no weights that training changes. Received: @Frozen on"
                        + " @Dropout.",
                "@Frozen @Dropout");
    }

    @Test
    void frozenOnAModelWithoutReusedLayersIsAnError() {
        assertOnlyError(bad("FrozenWithoutReused"), "lamina:frozen-without-weights",
                "Model 'FrozenWithoutReused' is @Frozen, which freezes its reused layers, and it has none.",
                "@Frozen");
    }

    @Test
    void frozenOnTheInterfaceOfSharedLayersIsAnError() {
        assertOnlyError(bad("FrozenBody"), "lamina:frozen-without-weights",
                "Interface 'FrozenBody' is @Frozen, but it is not a @Model.", "@Frozen");
    }

    @Test
    void redeclaringAnInheritedLayerShowsBothDeclarations() {
        assertOnlyError(bad("DuplicateLayer"), "lamina:duplicate-layer",
                "Layer 'hidden' is inherited from Base and declared again in DuplicateLayer. Received:"
                        + " @Dense(units = 32, act = RELU, init = HE) in Base, @Dense(units = 64, act = RELU,"
                        + " init = HE) in DuplicateLayer.",
                "units = 64");
    }

    @Test
    void twoSuperInterfacesDeclaringTheSameLayerIsAnError() {
        assertOnlyError(bad("DuplicateFromTwoBodies"), "lamina:duplicate-layer",
                "Layer 'hidden' is declared twice. Received: hidden() in Left and again in Right.", "units = 16");
    }

    /** Each error as "File.java:line: message", sorted: what two compiles must agree on. */
    private static List<String> errors(Compilation compilation) {
        return compilation.errors().stream()
                .map(error -> {
                    String file = error.getSource().getName();
                    return file.substring(file.lastIndexOf('/') + 1) + ":" + error.getLineNumber() + ": "
                            + error.getMessage(null);
                })
                .sorted()
                .toList();
    }
}
