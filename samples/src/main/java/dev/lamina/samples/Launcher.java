package dev.lamina.samples;

import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import dev.lamina.runtime.run.RunDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code samples/run <sample> [options]}: runs a sample by name; {@code --list} lists them. */
@Command(name = "samples/run", mixinStandardHelpOptions = true, versionProvider = LauncherVersion.class, sortOptions = false,
        description = "Runs a Lamina sample: trains, evaluates, and writes metrics.json into the run directory.")
public final class Launcher implements Callable<Integer> {
    /** Every sample, in the order {@code --list} shows them. */
    static final List<Sample> SAMPLES = List.of(new FashionSample(), new InitializationSample(), new ActivationsSample(),
            new BatchNormSample(), new RegularizedSample(),
            new SeluDeepSample(), new OptimizersSample(), new ExponentialDecaySample(), new OneCycleSample(), new FinderRulesSample(),
            new DefaultsSample(), new SelfNormalizingSample(), new McDropoutSample(), new GradientHealthSample(), new TransferSample(),
            new PretrainingSample(), new SchedulesSample(), new RegressionSample(), new DistributedSample());

    @Parameters(index = "0", arity = "0..1", paramLabel = "<sample>", description = "The sample to run (see --list).")
    String sample;

    @Option(names = "--list", description = "List the samples and exit.")
    boolean list;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data (default: the sample's).")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "Examples per training step (default: 32).")
    Integer batchSize;

    @Option(names = "--seed", paramLabel = "N", description = "Replaces the model's declared seed.")
    Long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: search LAMINA_DATA,"
            + " samples/data, /usr/share/datasets, ~/.cache/lamina).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory, new or empty (default: the next"
            + " numbered one, runs/<sample>/run-001, run-002, …).")
    Path runDirectory;

    @Option(names = "--train-size", paramLabel = "N", description = "Train on the first N training examples only.")
    Integer trainSize;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", description = "Where TensorFlow runs (default: auto, a GPU"
            + " when the GPU build finds one). gpu fails unless one is found; see docs/performance.md.")
    String device;

    @Option(names = "--threads", paramLabel = "INTRA,INTER", description = "TensorFlow's CPU thread pools: threads per op,"
            + " ops at once (default: 1,2 on up to 2 cores, TensorFlow's choice above; 0 lets TensorFlow choose).")
    String threads;

    @Option(names = "--verbose", description = "Keep TensorFlow's native log (set by samples/run).")
    boolean verbose;

    @Option(names = "--quiet", description = "No per-epoch progress.")
    boolean quiet;

    @Option(names = "--workers", paramLabel = "N", description = "The distributed sample's worker processes (default: 2).")
    private Integer workers;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The launcher's command line. A wrong argument is reported as an error and where help is,
     * not as the whole usage, which would push the error off the screen.
     */
    static CommandLine commandLine() {
        CommandLine command = new CommandLine(new Launcher());
        command.setParameterExceptionHandler((error, args) -> {
            PrintWriter err = error.getCommandLine().getErr();
            err.println("samples/run: " + error.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
            err.println("Run 'samples/run --help' for the options, 'samples/run --list' for the samples.");
            return error.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        return command;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            int width = SAMPLES.stream().mapToInt(s -> s.name().length()).max().orElse(0);
            SAMPLES.forEach(s -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", s.name(), s.description()));
            return 0;
        }
        if (sample == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name a sample to run, or pass --list");
        }
        Sample chosen = SAMPLES.stream().filter(s -> s.name().equals(sample)).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), unknownSample()));
        configureEngine();
        if (workers != null) {
            System.setProperty(DistributedSample.WORKERS_PROPERTY, Integer.toString(workers));
        }
        Engine.preload();
        Path runs = runDirectory != null ? runDirectory : Path.of("runs", chosen.name());
        SampleOptions options = new SampleOptions(optional(positive(epochs, "--epochs")),
                optional(positive(batchSize, "--batch-size")), seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                Optional.ofNullable(data), runs, optional(positive(trainSize, "--train-size")), !quiet);
        try {
            Path run = newRunDirectory(runs);
            chosen.run(options.withOut(run));
            Path metrics = run.resolve(RunDirectory.METRICS_FILE);
            out.println("Wrote " + metrics + ":");
            out.print(Files.readString(metrics));
            out.flush(); // print does not flush an auto-flushing writer, and main exits at once
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("samples/run " + chosen.name() + ": cannot read back " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("samples/run " + chosen.name() + ": " + e.getMessage());
            return 1;
        }
    }

    /** "No sample named …", with the closest name if the given one looks misspelt, else every name. */
    private String unknownSample() {
        List<String> names = SAMPLES.stream().map(Sample::name).toList();
        return "No sample named '" + sample + "'. " + Spelling.closest(sample, names)
                .map(name -> "Did you mean '" + name + "'?")
                .orElse("Samples: " + names);
    }

    /**
     * The directory of this run, new so that runs never mix: {@code --out}'s directory if it is
     * absent or empty (refused otherwise), or the next numbered one under {@code runs/<sample>}.
     * Made before any data is read, so a directory that cannot be written stops the run at once.
     */
    private Path newRunDirectory(Path runs) {
        return (runDirectory != null ? RunDirectory.fresh(runs) : RunDirectory.next(runs)).path();
    }

    /** Applies --device and --threads, if given, before any model is built. */
    private void configureEngine() {
        if (device == null && threads == null) {
            return;
        }
        EngineOptions engine = Engine.options();
        try {
            if (device != null) {
                engine = engine.withDevice(EngineOptions.parseDevice(device, "--device"));
            }
            if (threads != null) {
                int[] counts = EngineOptions.parseThreads(threads, "--threads");
                engine = engine.withThreads(counts[0], counts[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Engine.configure(engine);
    }

    private Integer positive(Integer value, String option) {
        if (value != null && value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least 1. Received: " + value);
        }
        return value;
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
