package dev.lamina.processor.check;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.Compile;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class RuntimeMissingRuleTest {

    @Test
    void aModelCompiledWithoutTheRuntimeIsAnErrorOnTheType() {
        JavaFileObject source = bad("NoRuntime");
        Compilation compilation = Compile.javac().withClasspath(classPathWithout("runtime-tf", "tensorflow"))
                .compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[lamina:runtime-missing] Model 'NoRuntime' cannot be generated: "
                + "dev.lamina.runtime.train.SequentialModel is not on the class path.")
                .inFile(source).onLineContaining("interface NoRuntime");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    }

    @Test
    void withTheRuntimeTheSameModelPassesThisRule() {
        // Object can hold a Dense: the model is fine once the runtime is there.
        Compilation compilation = Compile.compile(bad("NoRuntime"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    private static List<File> classPathWithout(String... fragments) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Arrays.stream(fragments).noneMatch(entry::contains))
                .map(File::new)
                .toList();
    }
}
