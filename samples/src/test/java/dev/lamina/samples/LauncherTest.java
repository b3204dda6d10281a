package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LauncherTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new Launcher());
        command.setOut(new PrintWriter(out, true));
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

    @Test
    void rejectsNonPositiveEpochs() {
        assertEquals(2, run("fashion", "--epochs", "0"));
        assertTrue(err.toString().contains("--epochs must be at least 1. Received: 0"), err.toString());
    }

    /** Missing data stops before training, naming the file and where it was looked for. */
    @Test
    void missingDataNamesTheFileAndThePlaces(@TempDir Path empty) {
        assertEquals(1, run("fashion", "--data", empty.toString(), "--out", empty.resolve("run").toString()));
        String message = err.toString();
        assertTrue(message.contains("train-images-idx3-ubyte.gz"), message);
        assertTrue(message.contains(empty.toString()), message);
    }
}
