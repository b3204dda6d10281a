package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LauncherTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Launcher.commandLine();
        // Buffered and flushed by println only, as picocli's writer over System.out.
        command.setOut(new PrintWriter(new BufferedWriter(out), true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void listsTheSamples() {
        assertEquals(0, run("--list"));
        assertTrue(out.toString().startsWith("fashion "), out.toString());
        assertEquals(Launcher.SAMPLES.size(), out.toString().lines().count());
    }

    @Test
    void unknownSampleIsAnErrorListingTheKnownOnes() {
        assertEquals(2, run("mnist"));
        assertTrue(err.toString().contains("No sample named 'mnist'. Samples: [fashion, initialization, activations, batchnorm, "), err.toString());
    }

    /** The error comes first and alone, with where help is; not the usage, which would push it off the screen. */
    @Test
    void aMisspeltSampleIsAnErrorSuggestingTheClosestName() {
        assertEquals(2, run("fashon"));
        assertEquals(List.of("samples/run: No sample named 'fashon'. Did you mean 'fashion'?",
                "Run 'samples/run --help' for the options, 'samples/run --list' for the samples."),
                err.toString().lines().toList());
    }

    @Test
    void aMisspeltOptionIsAnErrorSuggestingTheOption() {
        assertEquals(2, run("fashion", "--epoch", "3"));
        String message = err.toString();
        assertTrue(message.startsWith("samples/run: Unknown options: '--epoch'"), message);
        assertTrue(message.contains("Possible solutions: --epochs"), message);
        assertTrue(message.contains("Run 'samples/run --help'"), message);
        assertTrue(message.lines().count() <= 4, message);
    }

    @Test
    void versionNamesLaminaTensorFlowAndJava() {
        assertEquals(0, run("--version"));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).matches("Lamina \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertTrue(lines.get(1).matches("TensorFlow 2\\.\\d+\\.\\d+"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Java " + Runtime.version().feature()), lines.get(2));
    }

    /** The closing lines are the metrics file itself, so what the terminal shows is what a script reads. */
    @Test
    void printsTheMetricsJsonItWrote(@TempDir Path directory) throws Exception {
        Path run = directory.resolve("run");
        assertEquals(0, run("fashion", "--epochs", "1", "--train-size", "100", "--quiet", "--out", run.toString()), err.toString());
        String json = Files.readString(run.resolve("metrics.json"));
        assertTrue(json.contains("\"test_accuracy\" :"), json);
        assertTrue(out.toString().endsWith("Wrote " + run.resolve("metrics.json") + ":" + System.lineSeparator() + json),
                out.toString());
    }

    @Test
    void rejectsNonPositiveEpochs() {
        assertEquals(2, run("fashion", "--epochs", "0"));
        assertTrue(err.toString().contains("--epochs must be at least 1. Received: 0"), err.toString());
    }

    @Test
    void rejectsMalformedEngineOptionsNamingTheForm() {
        assertEquals(2, run("fashion", "--threads", "2"));
        assertTrue(err.toString().contains("--threads: expected two thread counts ≥ 0 as intra,inter"), err.toString());
        assertEquals(2, run("fashion", "--device", "tpu"));
        assertTrue(err.toString().contains("--device: expected auto, cpu or gpu. Received: 'tpu'"), err.toString());
    }

    /** A required GPU that the CPU build cannot see stops the sample, saying what is missing. */
    @Test
    void aMissingGpuIsReportedWhenOneIsRequired(@TempDir Path directory) {
        assumeTrue("linux-x86_64".equals(System.getProperty("lamina.test.nativeClassifier")),
                "only the CPU build of the native library is certain to see no GPU");
        EngineOptions before = Engine.options();
        try {
            assertEquals(1, run("fashion", "--device", "gpu", "--epochs", "1", "--train-size", "100", "--quiet",
                    "--out", directory.toString()));
            assertTrue(err.toString().contains("TensorFlow sees no GPU"), err.toString());
            assertTrue(err.toString().contains("-Pgpu"), err.toString());
        } finally {
            Engine.configure(before);
        }
    }

    /** Missing data stops before training, naming the file and where it was looked for. */
    @Test
    void missingDataNamesTheFileAndThePlaces(@TempDir Path empty) {
        assertEquals(1, run("fashion", "--data", empty.toString(), "--out", empty.resolve("run").toString()));
        String message = err.toString();
        assertTrue(message.contains("train-images-idx3-ubyte.gz"), message);
        assertTrue(message.contains(empty.toString()), message);
    }

    /** The rerun of issue 14: a second run into the same --out is refused, and the first run's files stay as they were. */
    @Test
    void aRerunIntoTheSameOutIsRefusedAndTheFirstRunIsKept(@TempDir Path directory) throws Exception {
        String[] args = {"fashion", "--epochs", "1", "--train-size", "100", "--quiet", "--out", directory.toString()};
        assertEquals(0, run(args), err.toString());
        String metrics = Files.readString(directory.resolve("metrics.json"));
        String history = Files.readString(directory.resolve("history.csv"));
        assertEquals(1, run(args));
        assertTrue(err.toString().contains("already holds history.csv"), err.toString());
        assertEquals(metrics, Files.readString(directory.resolve("metrics.json")));
        assertEquals(history, Files.readString(directory.resolve("history.csv")));
    }

    /** A run directory that cannot be made stops the run before the data is read, with the reason. */
    @Test
    void anOutThatCannotBeMadeStopsTheRunWithTheReason(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("file"), "x");
        assertEquals(1, run("fashion", "--data", directory.toString(), "--out", file.resolve("run").toString()));
        assertTrue(err.toString().contains("Cannot create the run directory " + file.resolve("run").toAbsolutePath()
                + ": Not a directory"), err.toString());
    }
}
