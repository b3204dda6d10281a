package dev.lamina.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles test sources with the processor, as the samples module does. */
public final class Compile {
    /** The lint options of the project's own builds, so generated code meets the same bar. */
    public static final List<String> LINT = List.of("-Xlint:all,-processing,-serial");

    private Compile() {}

    /** A source that compiles and generates: {@code src/test/resources/good/<name>.java}. */
    public static JavaFileObject good(String name) {
        return JavaFileObjects.forResource("good/" + name + ".java");
    }

    /** A source the processor reports on: {@code src/test/resources/bad/<name>.java}. */
    public static JavaFileObject bad(String name) {
        return JavaFileObjects.forResource("bad/" + name + ".java");
    }

    public static Compiler javac() {
        return Compiler.javac().withProcessors(new LaminaProcessor()).withOptions(LINT);
    }

    public static Compilation compile(JavaFileObject... sources) {
        return javac().compile(sources);
    }

    /**
     * Asserts that compiling {@code source} fails with exactly one error, from the rule
     * {@code id}, containing {@code text}, with the caret on the line containing {@code line}.
     */
    public static void assertOnlyError(JavaFileObject source, String id, String text, String line) {
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + id + "] " + text).inFile(source).onLineContaining(line);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
    }

    /** Asserts that {@code source} compiles, generates and compiles the generated code, without a warning. */
    public static Compilation assertClean(JavaFileObject... sources) {
        Compilation compilation = compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    /**
     * The qualified names of the classes generated from {@code sources}, also when compilation
     * fails, which compile-testing does not show generated files for. Runs annotation processing
     * only, writing into {@code directory}.
     */
    public static Set<String> generatedDespiteErrors(Path directory, List<String> options, JavaFileObject... sources)
            throws IOException {
        return generatedDespiteErrors(directory, options, new LaminaProcessor(), sources);
    }

    /** As {@link #generatedDespiteErrors(Path, List, JavaFileObject...)}, with the processor given. */
    static Set<String> generatedDespiteErrors(Path directory, List<String> options, Processor processor,
            JavaFileObject... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> allOptions = new ArrayList<>(options);
            allOptions.addAll(List.of("-proc:only", "-s", directory.toString(), "-d", directory.toString()));
            JavaCompiler.CompilationTask task = javac.getTask(Writer.nullWriter(), files, null, allOptions, null,
                    List.of(sources));
            task.setProcessors(List.of(processor));
            task.call();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> path.toString().endsWith(".java"))
                    .map(path -> directory.relativize(path).toString().replace(File.separatorChar, '.'))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
    }

    /** The messages of the diagnostics of one kind, for assertions on all of them at once. */
    public static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == kind)
                .map(diagnostic -> diagnostic.getMessage(null))
                .collect(Collectors.toList());
    }
}
