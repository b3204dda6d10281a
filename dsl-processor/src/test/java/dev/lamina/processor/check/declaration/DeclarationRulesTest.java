package dev.lamina.processor.check.declaration;

import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.good;

import org.junit.jupiter.api.Test;

/** The rules about abstract methods as declarations: annotations, signature, return type, name. */
class DeclarationRulesTest {

    @Test
    void anAbstractMethodWithoutLayerAnnotationIsAnErrorOnTheMethod() {
        assertOnlyError(bad("UnannotatedMethod"), "lamina:missing-layer-annotation",
                "Method 'hidden2()' is abstract but has no layer annotation.", "Layer hidden2();");
    }

    @Test
    void twoLayerAnnotationsAreAnErrorOnTheSecond() {
        assertOnlyError(bad("TwoLayerAnnotations"), "lamina:conflicting-layer-annotations",
                "Method 'hidden()' has 2 layer annotations. Received: @Flatten and @Dense.", "@Dense(units = 16");
    }

    @Test
    void aLayerMethodWithParametersIsAnError() {
        assertOnlyError(bad("LayerWithParameters"), "lamina:layer-method-signature",
                "Layer 'hidden' is declared with parameters. Received: hidden(int size).", "Layer hidden(int size);");
    }

    @Test
    void aGenericLayerMethodIsAnError() {
        assertOnlyError(bad("GenericLayerMethod"), "lamina:layer-method-signature",
                "Layer 'hidden' declares type parameters. Received: <T>.", "<T> Layer hidden();");
    }

    @Test
    void aReturnTypeThatCannotHoldTheLayerIsAnErrorNamingBothFixes() {
        assertOnlyError(bad("WrongReturnType"), "lamina:layer-return-type",
                "Layer 'flatten': @Flatten creates a dev.lamina.runtime.layer.Flatten, which the method's return type"
                        + " cannot hold. Received: Dense flatten(). The generated class implements the method by"
                        + " returning that layer, so its class must be assignable to the declared return type."
                        + " Declare it as 'Layer flatten();' or 'Flatten flatten();'.",
                "flatten();");
    }

    @Test
    void aVoidLayerMethodIsAnError() {
        assertOnlyError(bad("VoidLayer"), "lamina:layer-return-type",
                "Layer 'output': @Dense creates a dev.lamina.runtime.layer.Dense, which the method's return type"
                        + " cannot hold. Received: void output().",
                "void output();");
    }

    @Test
    void aLayerNamedLikeARuntimeMethodIsAnError() {
        assertOnlyError(bad("ReservedName"), "lamina:reserved-layer-name",
                "Layer 'config' has the name of SequentialModel.config(), which every generated model inherits.",
                "Layer config();");
    }

    @Test
    void wellFormedDeclarationsAreAccepted() {
        // Typed handles (a Dense returning Dense), inherited layers, an abstract class's protected method.
        assertClean(good("BinaryClassifier"));
        assertClean(good("InheritedLayers"));
        assertClean(good("AbstractClassifier"));
    }
}
