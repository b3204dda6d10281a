package dev.lamina.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What the annotation processor adds to {@code javac} for a 10-layer model: the same source
 * compiled with the processor on the processor path (the processor reads, checks and generates
 * {@code TenLayersModel}, which javac then compiles too) and with {@code -proc:none}, alternately.
 *
 * <ul>
 *   <li>cold: a fresh {@code javac} process per compilation (a command-line build), medians;
 *   <li>warm: in this JVM through {@code javax.tools} after warm-up compilations (a build tool
 *       that keeps its compiler loaded, e.g. a Maven or Gradle daemon); each compilation still
 *       loads the processor in a fresh class loader.
 * </ul>
 *
 * The class path is this JVM's (the runtime, TensorFlow Java, the annotations); the processor path
 * comes from the system property {@code lamina.processor.path} (the script passes the processor's
 * class path as Maven resolved it).
 */
final class ProcessorTiming {
    static final String SOURCE = """
            package bench;

            import static dev.lamina.dsl.Activation.ELU;
            import static dev.lamina.dsl.Activation.SOFTMAX;
            import static dev.lamina.dsl.Init.HE;

            import dev.lamina.dsl.BatchNorm;
            import dev.lamina.dsl.Dense;
            import dev.lamina.dsl.Dropout;
            import dev.lamina.dsl.Flatten;
            import dev.lamina.dsl.Loss;
            import dev.lamina.dsl.Metric;
            import dev.lamina.dsl.Model;
            import dev.lamina.dsl.Optimizer;
            import dev.lamina.dsl.OptimizerKind;
            import dev.lamina.runtime.layer.Layer;

            @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
            @Optimizer(value = OptimizerKind.NADAM, learningRate = 1e-3)
            public interface TenLayers {
                @Flatten                                  Layer flatten();
                @BatchNorm                                Layer bn0();
                @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
                @BatchNorm                                Layer bn1();
                @Dense(units = 200, act = ELU, init = HE) Layer hidden2();
                @Dropout(0.2)                             Layer drop2();
                @Dense(units = 100, act = ELU, init = HE) Layer hidden3();
                @BatchNorm                                Layer bn3();
                @Dense(units = 50, act = ELU, init = HE)  Layer hidden4();
                @Dense(units = 10, act = SOFTMAX)         Layer output();
            }
            """;

    private ProcessorTiming() {}

    static void run(int rounds) throws IOException, InterruptedException {
        String processorPath = System.getProperty("lamina.processor.path");
        if (processorPath == null || processorPath.isBlank()) {
            throw new IllegalStateException("Set -Dlamina.processor.path (benchmarks/run does, from target/processor-path.txt)");
        }
        String classPath = System.getProperty("java.class.path");
        // The processor reads the annotations' defaults; Maven mediated that jar to the class path.
        String annotations = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> entry.contains("dsl-annotations")).collect(Collectors.joining(File.pathSeparator));
        processorPath = processorPath + File.pathSeparator + annotations;

        Path dir = Files.createTempDirectory("lamina-javac");
        Path source = dir.resolve("bench/TenLayers.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE);
        List<String> common = List.of("--release", "17", "-cp", classPath, source.toString());
        Path generated = dir.resolve("generated");
        Files.createDirectories(generated);
        List<String> with = new ArrayList<>(List.of("-d", dir.resolve("with").toString(), "-s", generated.toString(),
                "-processorpath", processorPath));
        with.addAll(common);
        List<String> without = new ArrayList<>(List.of("-d", dir.resolve("without").toString(), "-proc:none"));
        without.addAll(common);
        // The processor's output compiled as ordinary source: splits "with" into running the
        // processor and compiling the code it generates.
        List<String> generatedOnly = new ArrayList<>(without);
        generatedOnly.set(1, dir.resolve("generated-only").toString());
        generatedOnly.add(generated.resolve("bench/TenLayersModel.java").toString());

        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        // Cold: a javac process each time, alternating, after one of each to fill the OS file cache.
        cold(javac, with);
        if (!Files.exists(dir.resolve("with/bench/TenLayersModel.class"))) {
            throw new IllegalStateException("The processor did not generate TenLayersModel: check lamina.processor.path");
        }
        cold(javac, without);
        cold(javac, generatedOnly);
        List<Double> coldWith = new ArrayList<>();
        List<Double> coldWithout = new ArrayList<>();
        List<Double> coldGenerated = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            coldWith.add(cold(javac, with));
            coldWithout.add(cold(javac, without));
            coldGenerated.add(cold(javac, generatedOnly));
        }
        report("cold", coldWith, coldWithout, coldGenerated);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        for (int i = 0; i < 5; i++) {
            warm(compiler, with);
            warm(compiler, without);
            warm(compiler, generatedOnly);
        }
        List<Double> warmWith = new ArrayList<>();
        List<Double> warmWithout = new ArrayList<>();
        List<Double> warmGenerated = new ArrayList<>();
        for (int i = 0; i < 2 * rounds; i++) {
            warmWith.add(warm(compiler, with));
            warmWithout.add(warm(compiler, without));
            warmGenerated.add(warm(compiler, generatedOnly));
        }
        report("warm", warmWith, warmWithout, warmGenerated);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }

    private static void report(String kind, List<Double> with, List<Double> without, List<Double> generatedOnly) {
        double a = Benchmark.median(with);
        double b = Benchmark.median(without);
        double c = Benchmark.median(generatedOnly);
        System.out.printf(Locale.ROOT, "JAVAC %s layers=10 with_processor_s=%.3f without_processor_s=%.3f"
                + " processing_adds_s=%.3f generated_source_without_processor_s=%.3f of_which_compiling_generated_code_s=%.3f"
                + " of_which_processor_s=%.3f rounds=%d%n", kind, a, b, a - b, c, c - b, a - c, with.size());
    }

    private static double cold(String javac, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javac);
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int rc = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("javac failed (" + rc + "): " + output);
        }
        return seconds;
    }

    private static double warm(JavaCompiler compiler, List<String> args) {
        long start = System.nanoTime();
        int rc = compiler.run(null, null, System.err, args.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("javac failed: " + rc);
        }
        return seconds;
    }
}
