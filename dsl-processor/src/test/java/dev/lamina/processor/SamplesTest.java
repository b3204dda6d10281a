package dev.lamina.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The chapter's models as the samples module declares them compile through the processor without
 * a false warning: every file of {@code samples/src/main/java/dev/lamina/samples/} that declares a
 * {@code @Model}. A sample that is a bad configuration on purpose says so with
 * {@code @SuppressWarnings("lamina:<id>")}.
 */
class SamplesTest {
    private static final Path SAMPLES = Path.of("..", "samples", "src", "main", "java", "dev", "lamina", "samples");

    @Test
    void theSampleModelsCompileWithoutAWarning() throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.toString().endsWith(".java") && text.contains("@Model(")) {
                    String name = "dev.lamina.samples." + file.getFileName().toString().replace(".java", "");
                    sources.add(JavaFileObjects.forSourceString(name, text));
                    names.add(file.getFileName().toString());
                }
            }
        }
        assertThat(names).containsAtLeast("FashionClassifier.java", "FashionBatchNorm.java", "FashionRegularized.java",
                "FashionSeluDeep.java", "OptimizerNets.java", "ScheduleNets.java", "GradientHealthNets.java");
        Compilation compilation = Compile.compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeeded();
        assertThat(Compile.messages(compilation, Diagnostic.Kind.WARNING)).isEmpty();
    }
}
