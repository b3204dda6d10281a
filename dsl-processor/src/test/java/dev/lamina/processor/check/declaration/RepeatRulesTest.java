package dev.lamina.processor.check.declaration;

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
 * The rules about {@code @Repeat} (lamina:repeat-count, lamina:repeat-return-type,
 * lamina:repeat-name-clash, lamina:repeat-output), and how the other rules see repetitions.
 */
class RepeatRulesTest {

    @Test
    void aCountBelowOneOrAboveTheMaximumIsAnErrorOnTheCount() {
        JavaFileObject source = bad("RepeatCountOutOfRange");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:repeat-count] Layer 'hidden': @Repeat must declare from 1"
                        + " to 1000 layers. Received: @Repeat(0). A repeated method declares that many layers one"
                        + " after the other; with none, the layer would silently vanish from the stack.")
                .inFile(source).onLineContaining("@Repeat(0)");
        assertThat(compilation).hadErrorContaining("[lamina:repeat-count] Layer 'deep': @Repeat must declare from 1"
                        + " to 1000 layers. Received: @Repeat(1001).")
                .inFile(source).onLineContaining("@Repeat(1001)");
        // A declaration out of range declares no layer, so nothing else is reported about it.
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
    }

    @Test
    void aRepeatedMethodReturningOneLayerIsAnErrorNamingTheListTypes() {
        assertOnlyError(bad("RepeatNotList"), "lamina:repeat-return-type",
                "Layer 'hidden' declares 3 layers with @Repeat(3), which the method's return type cannot hold."
                        + " Received: Layer hidden(). The generated class implements a repeated method by returning"
                        + " its repetitions (hidden1 to hidden3) as a List, so the method must return a List whose"
                        + " elements can hold a dev.lamina.runtime.layer.Dense. Declare it as 'List<Dense> hidden();'"
                        + " or 'List<Layer> hidden();'.",
                "Layer hidden();");
    }

    @Test
    void aListOfAnotherLayerClassIsAnError() {
        assertOnlyError(bad("RepeatWrongElement"), "lamina:repeat-return-type",
                "Layer 'hidden' declares 3 layers with @Repeat(3), which the method's return type cannot hold."
                        + " Received: List<Flatten> hidden().",
                "List<dev.lamina.runtime.layer.Flatten> hidden();");
    }

    @Test
    void aListReturnedByAMethodWithoutRepeatIsAnError() {
        assertOnlyError(bad("ListWithoutRepeat"), "lamina:repeat-return-type",
                "Layer 'hidden' returns a List, but declares one layer: it has no @Repeat. Received: List<Layer>"
                        + " hidden().",
                "List<Layer> hidden();");
    }

    @Test
    void aRepeatedOutputLayerIsAnErrorOnRepeat() {
        assertOnlyError(bad("RepeatOutput"), "lamina:repeat-output",
                "Output layer 'output' is repeated. Received: @Repeat(2) on output(), the model's last layer"
                        + " method.",
                "@Repeat(2)");
    }

    @Test
    void aRepetitionNamedLikeAnotherLayerIsAnError() {
        assertOnlyError(bad("RepeatNameClash"), "lamina:repeat-name-clash",
                "Layer 'hidden2' is declared twice: by hidden2() and as repetition 2 of hidden(). Received:"
                        + " hidden2() and @Repeat(3) hidden().",
                "@Repeat(3)");
    }

    @Test
    void aWarningEveryRepetitionGetsIsReportedOnceNamingTheOthers() {
        JavaFileObject source = bad("RepeatInitMismatch");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[lamina:init-activation] Layer 'hidden1': SELU needs LeCun"
                        + " normal initialization. Received: init = HE_NORMAL, act = SELU.")
                .inFile(source).onLineContaining("init = HE_NORMAL");
        assertThat(compilation).hadWarningContaining("Set init = LECUN_NORMAL. The same holds for hidden2 to hidden4.");
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
    }

    @Test
    void shapeInferenceSeesEachRepetition() {
        // The first repetition receives the 28 x 28 image; a rule about the stack names it.
        assertOnlyError(bad("RepeatWithoutFlatten"), "lamina:dense-needs-flatten",
                "Layer 'hidden1': @Dense needs a vector per example. Received: input of shape (28, 28).",
                "@Repeat(2)");
    }

    @Test
    void repeatedStacksAreAccepted() {
        // List<Dense>, List<Layer>, List<? extends Layer>; a name ending in a digit; one repetition.
        assertClean(good("RepeatedStack"));
    }

    @Test
    void reusedAndFrozenRepetitionsAreAccepted() {
        assertClean(good("RepeatedTransfer"));
    }
}
