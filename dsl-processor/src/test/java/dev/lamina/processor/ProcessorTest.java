package dev.lamina.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.compile;
import static dev.lamina.processor.Compile.generatedDespiteErrors;
import static dev.lamina.processor.Compile.good;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.lamina.processor.read.UnreadableException;
import dev.lamina.processor.spec.ModelSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor behaves around the stages: isolation, gating, failures, rounds, options, registration. */
class ProcessorTest {

    @Test
    void oneModelsErrorsDoNotStopAnotherModelFromBeingGenerated(@TempDir Path out) throws IOException {
        assertThat(compile(bad("UnitsZero"), good("BinaryClassifier"))).hadErrorContaining("[lamina:units-positive]");
        assertThat(generatedDespiteErrors(out, Compile.LINT, bad("UnitsZero"), good("BinaryClassifier")))
                .containsExactly("test.BinaryClassifierModel");
    }

    @Test
    void everyErrorOfAModelIsReportedInOneCompile() {
        JavaFileObject source = bad("ManyErrors");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:units-positive]").inFile(source)
                .onLineContaining("units = 0");
        assertThat(compilation).hadErrorContaining("[lamina:missing-layer-annotation]").inFile(source)
                .onLineContaining("Layer hidden2();");
        assertThat(compilation).hadErrorContaining("[lamina:optimizer-attribute]").inFile(source)
                .onLineContaining("beta1 = 0.8");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(3);
    }

    @Test
    void anUnexpectedExceptionBecomesAnErrorOnTheModelAndTheNextModelIsStillGenerated() {
        // A step that fails on one model and runs the real stages on the others; its generated
        // class still compiles in the same compile (javac reports no error about it).
        JavaFileObject failing = good("FashionClassifier");
        Compilation compilation = Compiler.javac().withProcessors(failingOn("FashionClassifier", Pass.READ))
                .withOptions(Compile.LINT).compile(failing, good("BinaryClassifier"));
        assertThat(compilation).hadErrorContaining("[lamina:internal] Lamina processor ")
                .inFile(failing).onLineContaining("interface FashionClassifier");
        assertThat(compilation).hadErrorContaining(
                "failed on dev.lamina.samples.FashionClassifier: java.lang.IllegalStateException: boom; please report");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    }

    @Test
    void anUnexpectedExceptionWhileCheckingStaysWithItsModel(@TempDir Path out) throws IOException {
        // The models of a round are all read before any is checked; a failure in the second pass
        // is reported on its model as well, and the other model is still generated.
        JavaFileObject failing = good("FashionClassifier");
        Compilation compilation = Compiler.javac().withProcessors(failingOn("FashionClassifier", Pass.CHECK))
                .withOptions(Compile.LINT).compile(failing, good("BinaryClassifier"));
        assertThat(compilation).hadErrorContaining("[lamina:internal] Lamina processor ")
                .inFile(failing).onLineContaining("interface FashionClassifier");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
        assertThat(generatedDespiteErrors(out, Compile.LINT, failingOn("FashionClassifier", Pass.CHECK), failing,
                good("BinaryClassifier"))).containsExactly("test.BinaryClassifierModel");
    }

    /** The two passes of a round: every model read, then each checked and generated. */
    private enum Pass { READ, CHECK }

    /** The processor with the real stages, except that the model {@code name} throws in {@code pass}. */
    private static LaminaProcessor failingOn(String name, Pass pass) {
        return new LaminaProcessor(env -> {
            ModelStep real = new Pipeline(env, new Options(false));
            return new ModelStep() {
                @Override
                public ModelSpec read(TypeElement type) throws UnreadableException {
                    failIf(pass == Pass.READ && type.getSimpleName().contentEquals(name));
                    return real.read(type);
                }

                @Override
                public void checkAndGenerate(ModelSpec model) {
                    failIf(pass == Pass.CHECK && model.name().equals(name));
                    real.checkAndGenerate(model);
                }
            };
        });
    }

    private static void failIf(boolean fail) {
        if (fail) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void theInternalErrorNamesTheBuiltVersion() {
        // Maven filters version.properties; an unfiltered placeholder would mean the build lost it.
        assertThat(ProcessorVersion.get()).doesNotContain("${");
        assertThat(ProcessorVersion.get()).isNotEmpty();
    }

    @Test
    void aModelThatDoesNotCompileIsReportedOnceJavacGivesUp() {
        JavaFileObject source = bad("UnresolvedConstant");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorContaining("[lamina:unreadable] Model 'UnresolvedConstant' was not generated:"
                + " the value of units does not compile.")
                .inFile(source).onLineContaining("interface UnresolvedConstant");
        assertThat(compilation.diagnostics().toString()).doesNotContain("lamina:internal");
    }

    @Test
    void aModelWaitingForAnotherProcessorsOutputIsGeneratedInALaterRound() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new LaminaProcessor(), new SizesProcessor())
                .withOptions(Compile.LINT)
                .compile(bad("UnresolvedConstant"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.UnresolvedConstantModel").contentsAsUtf8String()
                .contains("new Dense(\"hidden\", 8, 32,");
    }

    @Test
    void twoModelsWithTheSameSimpleNameInOnePackageCollide(@TempDir Path out) throws IOException {
        JavaFileObject source = bad("SameSimpleName");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[lamina:generated-name-taken] Cannot generate test.NetModel"
                + " for model 'Net': the name is taken.").inFile(source).onLineContaining("the second model named Net");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
        assertThat(generatedDespiteErrors(out, Compile.LINT, source)).containsExactly("test.NetModel");
    }

    @Test
    void warningsAsErrorsTurnsAWarningIntoAnErrorAndStopsGeneration(@TempDir Path out) throws IOException {
        List<String> options = List.of(Compile.LINT.get(0), "-Alamina.warningsAsErrors=true");
        Compilation compilation = Compile.javac().withOptions(options).compile(bad("SoftmaxHidden"));
        assertThat(compilation).hadErrorContaining("[lamina:softmax-hidden]");
        assertThat(generatedDespiteErrors(out, options, bad("SoftmaxHidden"))).isEmpty();
    }

    @Test
    void warningsAsErrorsAlsoStopsTheChaptersAdvice(@TempDir Path out) throws IOException {
        List<String> options = List.of(Compile.LINT.get(0), "-Alamina.warningsAsErrors=true");
        Compilation compilation = Compile.javac().withOptions(options).compile(bad("ActivationTwice"));
        assertThat(compilation).hadErrorContaining("[lamina:activation-twice]");
        assertThat(messages(compilation, Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(generatedDespiteErrors(out, options, bad("ActivationTwice"))).isEmpty();
    }

    @Test
    void suppressWarningsOnALayerSilencesTheChaptersAdviceEvenWithWarningsAsErrors() {
        Compilation compilation = Compile.javac().withOptions(Compile.LINT.get(0), "-Alamina.warningsAsErrors=true")
                .compile(good("SuppressedAdvice"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void warningsAsErrorsLeavesSuppressedWarningsAlone() {
        Compilation compilation = Compile.javac().withOptions(Compile.LINT.get(0), "-Alamina.warningsAsErrors=true")
                .compile(good("SuppressedSoftmax"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anOptionValueThatIsNotABooleanIsAWarning() {
        Compilation compilation = Compile.javac().withOptions(Compile.LINT.get(0), "-Alamina.warningsAsErrors=yes")
                .compile(good("BinaryClassifier"));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[lamina:option-value] -Alamina.warningsAsErrors expects true"
                + " or false. Received: -Alamina.warningsAsErrors=yes.");
    }

    @Test
    void isRegisteredAsAServiceSoThatTheClassPathAndProcessorPathBothFindIt() {
        assertThat(ServiceLoader.load(Processor.class).stream().map(ServiceLoader.Provider::type).toList())
                .contains(LaminaProcessor.class);
    }
}
