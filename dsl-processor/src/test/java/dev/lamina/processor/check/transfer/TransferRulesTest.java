package dev.lamina.processor.check.transfer;

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
 * The rules about reused layers and freezing: lamina:reused-shape-mismatch,
 * lamina:frozen-without-weights, and lamina:duplicate-layer for a redeclared inherited layer.
 */
class TransferRulesTest {

    @Test
    void twoModelsGivingAReusedLayerDifferentShapesIsAnErrorOnTheSecondModelsInput() {
        JavaFileObject source = bad("ReusedShapeMismatch");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:reused-shape-mismatch] Model 'LargeImages' reuses layers"
                + " of Body with weights of other shapes than SmallImages gives them. Received: hidden1 kernel"
                + " (784, 300) in SmallImages but (1024, 300) here.")
                .inFile(source).onLineContaining("input = {32, 32}");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
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
}
