package dev.lamina.processor.check;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compiler;
import dev.lamina.dsl.Model;
import dev.lamina.processor.Compile;
import dev.lamina.processor.read.ModelReader;
import dev.lamina.processor.read.UnreadableException;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/** Which diagnostics about repetitions are merged, on the layers of good/RepeatedStack. */
class RepeatedDiagnosticsTest {

    @Test
    void theSameMessageForSeveralRepetitionsIsMergedAndDifferentMessagesStayApart() {
        List<String> merged = merge(layers -> List.of(
                about(layers, "hidden1", "Layer 'hidden1': too wide."),
                about(layers, "hidden2", "Layer 'hidden2': too wide."),
                about(layers, "hidden1", "Layer 'hidden1' receives (784)."),
                about(layers, "hidden2", "Layer 'hidden2' receives (64)."),
                about(layers, "hidden3", "Layer 'hidden3': too wide."),
                about(layers, "block1_1", "Layer 'block1_1': too wide."),
                about(layers, "block1_2", "Layer 'block1_2': too wide.")));
        assertThat(merged).containsExactly(
                "Layer 'hidden1': too wide. The same holds for hidden2 and hidden3.",
                "Layer 'hidden1' receives (784).",
                "Layer 'hidden2' receives (64).",
                "Layer 'block1_1': too wide. The same holds for block1_2.").inOrder();
    }

    @Test
    void theSameMessageWithoutARepetitionsNameIsKeptOnceAndOtherLayersAreLeftAlone() {
        List<String> merged = merge(layers -> List.of(
                about(layers, "hidden1", "Too deep."),
                about(layers, "hidden2", "Too deep."),
                about(layers, "flatten", "Layer 'flatten': twice."),
                about(layers, "flatten", "Layer 'flatten': twice.")));
        assertThat(merged).containsExactly("Too deep.", "Layer 'flatten': twice.", "Layer 'flatten': twice.")
                .inOrder();
    }

    /** A warning on the layer annotation of the layer named {@code name}. */
    private static Diagnostic about(List<LayerSpec> layers, String name, String message) {
        LayerSpec layer = layers.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow();
        return new Diagnostic("lamina:test", Kind.WARNING, message, layer.source().element(),
                layer.source().mirror(), null);
    }

    /** The messages {@link RepeatedDiagnostics#merge} keeps of {@code diagnostics}, read inside a compilation. */
    private static List<String> merge(java.util.function.Function<List<LayerSpec>, List<Diagnostic>> diagnostics) {
        List<String> messages = new ArrayList<>();
        AbstractProcessor reader = new AbstractProcessor() {
            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return Set.of(Model.class.getName());
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return SourceVersion.latestSupported();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                for (Element type : round.getElementsAnnotatedWith(Model.class)) {
                    try {
                        ModelSpec model = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
                                .read((TypeElement) type);
                        RepeatedDiagnostics.merge(model, diagnostics.apply(model.layers()))
                                .forEach(diagnostic -> messages.add(diagnostic.message()));
                    } catch (UnreadableException e) {
                        throw new AssertionError(e);
                    }
                }
                return false;
            }
        };
        assertThat(Compiler.javac().withProcessors(reader).compile(Compile.good("RepeatedStack"))).succeeded();
        return messages;
    }
}
