package dev.lamina.processor.check.declaration;

import static dev.lamina.processor.Compile.assertClean;
import static dev.lamina.processor.Compile.assertOnlyError;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.good;

import org.junit.jupiter.api.Test;

class ModelKindRuleTest {
    private static final String ID = "lamina:model-kind";

    @Test
    void anEnumIsAnError() {
        assertOnlyError(bad("EnumModel"), ID,
                "@Model must be on an interface or an abstract class, but 'EnumModel' is an enum.", "enum EnumModel");
    }

    @Test
    void aConcreteClassIsAnError() {
        assertOnlyError(bad("ConcreteClass"), ID,
                "@Model must be on an interface or an abstract class, but 'ConcreteClass' is a class that is not"
                        + " abstract.",
                "class ConcreteClass");
    }

    @Test
    void anAbstractClassMustExtendSequentialModel() {
        assertOnlyError(bad("NotSequential"), ID,
                "Abstract class 'NotSequential' does not extend dev.lamina.runtime.train.SequentialModel.",
                "abstract class NotSequential");
    }

    @Test
    void anAbstractClassNeedsAConstructorTheGeneratedClassCanCall() {
        assertOnlyError(bad("NoCallableConstructor"), ID,
                "Abstract class 'NoCallableConstructor' has no constructor without parameters",
                "abstract class NoCallableConstructor");
    }

    @Test
    void aPrivateModelIsAnError() {
        assertOnlyError(bad("PrivateNested"), ID, "Model type 'Hidden' is private.", "interface Hidden");
    }

    @Test
    void anInnerClassIsAnError() {
        assertOnlyError(bad("InnerClass"), ID, "Model class 'Inner' is an inner class", "abstract class Inner");
    }

    @Test
    void aGenericModelIsAnError() {
        assertOnlyError(bad("GenericModel"), ID, "Model type 'GenericModel' declares type parameters <T>.",
                "interface GenericModel");
    }

    @Test
    void interfacesAbstractClassesAndNestedInterfacesAreAccepted() {
        assertClean(good("FashionClassifier"));
        assertClean(good("AbstractClassifier"));
        assertClean(good("Nested"));
    }
}
