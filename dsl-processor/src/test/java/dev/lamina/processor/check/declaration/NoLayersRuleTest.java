package dev.lamina.processor.check.declaration;

import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.good;

import org.junit.jupiter.api.Test;

class NoLayersRuleTest {

    @Test
    void aModelWithoutLayersIsAnErrorOnTheType() {
        assertOnlyError(bad("NoLayers"), "lamina:no-layers", "Model 'NoLayers' declares no layers.",
                "interface NoLayers");
    }

    @Test
    void aModelWithOnlyAnOutputLayerIsAccepted() {
        assertClean(good("AbstractClassifier"));
    }
}
