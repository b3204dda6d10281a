package dev.lamina.processor.check.declaration;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.Compile.bad;
import static dev.lamina.processor.Compile.messages;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.lamina.processor.Compile;
import java.io.File;
import java.util.ArrayList;
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
    void aRuntimeOlderThanTheProcessorIsAnErrorNamingTheClassTheModelNeeds() {
        // The classes every model needs, as an older runtime would have them, but no Dropout.
        List<JavaFileObject> sources = new ArrayList<>();
        for (String stub : List.of("train.SequentialModel", "train.ModelConfig", "layer.Layer", "layer.Dense",
                "layer.Mode", "optim.Optimizer", "optim.RmsProp")) {
            int dot = stub.indexOf('.');
            sources.add(JavaFileObjects.forSourceString("dev.lamina.runtime." + stub, "package dev.lamina.runtime."
                    + stub.substring(0, dot) + "; public class " + stub.substring(dot + 1) + " {}"));
        }
        JavaFileObject source = bad("OlderRuntime");
        sources.add(source);
        Compilation compilation = Compile.javac().withClasspath(classPathWithout("runtime-tf", "tensorflow"))
                .compile(sources);
        assertThat(compilation).hadErrorContaining("[lamina:runtime-missing] Model 'OlderRuntime' cannot be generated:"
                + " dev.lamina.runtime.layer.Dropout is not on the class path, though the rest of the runtime is.")
                .inFile(source).onLineContaining("interface OlderRuntime");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    }

    @Test
    void aRuntimeWithoutTargetsIsAnErrorForAnAutoencoder() {
        // Every class the model needs, but a ModelConfig from before target = INPUT.
        List<JavaFileObject> sources = new ArrayList<>();
        for (String stub : List.of("train.SequentialModel", "train.ModelConfig", "layer.Layer", "layer.Dense",
                "layer.Mode", "optim.Optimizer", "optim.RmsProp")) {
            int dot = stub.indexOf('.');
            sources.add(JavaFileObjects.forSourceString("dev.lamina.runtime." + stub, "package dev.lamina.runtime."
                    + stub.substring(0, dot) + "; public class " + stub.substring(dot + 1) + " {}"));
        }
        JavaFileObject source = bad("OlderRuntimeAutoencoder");
        sources.add(source);
        Compilation compilation = Compile.javac().withClasspath(classPathWithout("runtime-tf", "tensorflow"))
                .compile(sources);
        assertThat(compilation).hadErrorContaining("[lamina:runtime-missing] Model 'OlderRuntimeAutoencoder' cannot be"
                + " generated: dev.lamina.runtime.train.ModelConfig on the class path has no target(), which"
                + " target = INPUT needs.")
                .inFile(source).onLineContaining("interface OlderRuntimeAutoencoder");
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
        assertThat(Compile.compile(bad("OlderRuntimeAutoencoder"))).succeededWithoutWarnings();
    }

    @Test
    void withTheRuntimeTheSameModelPassesThisRule() {
        // Object can hold a Dense: the model is fine once the runtime is there.
        Compilation compilation = Compile.compile(bad("NoRuntime"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compile.compile(bad("OlderRuntime"))).succeededWithoutWarnings();
    }

    private static List<File> classPathWithout(String... fragments) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Arrays.stream(fragments).noneMatch(entry::contains))
                .map(File::new)
                .toList();
    }
}
