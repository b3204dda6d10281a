package dev.lamina.samples;

import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
@Command(name = "samples/run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a Lamina sample: trains, evaluates, and writes metrics.json into the run directory.")
public final class Launcher implements Callable<Integer> {
    /** Every sample, in the order {@code --list} shows them. */
    static final List<Sample> SAMPLES = List.of(new FashionSample(), new InitializationSample(), new ActivationsSample(),
            new BatchNormSample(), new RegularizedSample(),
            new SeluDeepSample(), new OptimizersSample(), new ExponentialDecaySample(), new OneCycleSample(),
            new DefaultsSample(), new SelfNormalizingSample(), new McDropoutSample(), new GradientHealthSample(), new TransferSample(),
            new PretrainingSample(), new SchedulesSample(), new DistributedSample());

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

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory (default: runs/<sample>).")
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
        System.exit(new CommandLine(new Launcher()).execute(args));
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
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "No sample named '" + sample
                        + "'. Samples: " + SAMPLES.stream().map(Sample::name).toList()));
        configureEngine();
        if (workers != null) {
            System.setProperty(DistributedSample.WORKERS_PROPERTY, Integer.toString(workers));
        }
        Engine.preload();
        Path run = runDirectory != null ? runDirectory : Path.of("runs", chosen.name());
        SampleOptions options = new SampleOptions(optional(positive(epochs, "--epochs")),
                optional(positive(batchSize, "--batch-size")), seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                Optional.ofNullable(data), run, optional(positive(trainSize, "--train-size")), !quiet);
        try {
            Map<String, Object> metrics = chosen.run(options);
            out.println("Wrote " + run.resolve("metrics.json") + ": " + metrics);
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("samples/run " + chosen.name() + ": " + e.getMessage());
            return 1;
        }
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
