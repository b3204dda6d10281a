package dev.lamina.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Many generated model declarations, valid and invalid (see {@link ModelGenerator}), compiled with
 * the processor: whatever a model declares, the processor reports it with a rule's id at a place in
 * the model's source, and never fails itself ({@code lamina:internal}). A model it finds no error
 * in is generated, and the generated class compiles: every error of a compile is Lamina's. The
 * seed is fixed, so a failure reproduces; the message shows the sources of the failing compile.
 */
class FuzzedModelsTest {
    private static final long SEED = 20_261_205L;
    /**
     * 24 compiles of 25 models take about 5 s on an idle machine; {@code -Dlamina.fuzz.compiles=400}
     * fuzzes ten thousand models by hand.
     */
    private static final int COMPILES = Integer.getInteger("lamina.fuzz.compiles", 24);
    private static final int MODELS_PER_COMPILE = 25;
    /** The name of the interface of layers that half of a compile's models reuse. */
    private static final IntFunction<String> BODY = compile -> "B" + compile;
    private static final Pattern ID = Pattern.compile("^\\[(lamina:[a-z]+(?:-[a-z]+)*)\\] ");

    @Test
    void everyFindingHasAnIdAndAPlaceAndTheProcessorNeverFails() {
        ModelGenerator generator = new ModelGenerator(SEED);
        Set<String> ids = new TreeSet<>();
        int clean = 0;
        int rejected = 0;
        for (int compile = 0; compile < COMPILES; compile++) {
            Map<String, String> sources = sources(generator, compile);
            List<JavaFileObject> files = new ArrayList<>();
            sources.forEach((name, text) -> files.add(JavaFileObjects.forSourceString("fuzz." + name, text)));
            Compilation compilation = Compile.compile(files.toArray(JavaFileObject[]::new));
            Set<String> withErrors = new TreeSet<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
                String message = diagnostic.getMessage(null);
                Matcher id = ID.matcher(message);
                if (diagnostic.getKind() != Diagnostic.Kind.ERROR && !id.find()) {
                    continue;   // javac's own lint warnings
                }
                String context = "in compile " + compile + ": " + diagnostic + "\n\nSources:\n" + sources.values();
                assertWithMessage("an error without a Lamina id " + context).that(id.find(0)).isTrue();
                assertWithMessage("the processor failed " + context).that(id.group(1)).isNotEqualTo("lamina:internal");
                assertWithMessage("no source " + context).that(diagnostic.getSource()).isNotNull();
                assertWithMessage("a source that is no model's " + context).that(sources)
                        .containsKey(simpleName(diagnostic.getSource()));
                assertWithMessage("no line " + context).that(diagnostic.getLineNumber()).isGreaterThan(0L);
                ids.add(id.group(1));
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    withErrors.add(simpleName(diagnostic.getSource()));
                }
            }
            for (String name : sources.keySet()) {
                if (name.startsWith("M")) {
                    boolean failed = withErrors.contains(name)
                            || withErrors.contains(BODY.apply(compile)) && sources.get(name).contains(" extends ");
                    clean += failed ? 0 : 1;
                    rejected += failed ? 1 : 0;
                }
            }
        }
        // Neither degenerate: valid models reach the rules that run last, and many rules fire.
        assertThat(clean).isAtLeast(COMPILES * MODELS_PER_COMPILE / 10);
        assertThat(rejected).isAtLeast(COMPILES * MODELS_PER_COMPILE / 2);
        assertThat(ids.size()).isAtLeast(40);
        System.out.printf("Fuzzed %d models in %d compiles: %d clean, %d rejected, %d rule ids seen.%n",
                COMPILES * MODELS_PER_COMPILE, COMPILES, clean, rejected, ids.size());
    }

    /** One compile's sources by simple name: models {@code M<compile>_<i>}, half of them on a shared body. */
    private static Map<String, String> sources(ModelGenerator generator, int compile) {
        Map<String, String> sources = new LinkedHashMap<>();
        String body = BODY.apply(compile);
        sources.put(body, generator.body(body));
        for (int i = 0; i < MODELS_PER_COMPILE; i++) {
            String name = "M" + compile + "_" + i;
            sources.put(name, generator.model(name, i % 2 == 0 ? body : null));
        }
        return sources;
    }

    private static String simpleName(JavaFileObject source) {
        String path = source.toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
    }
}
