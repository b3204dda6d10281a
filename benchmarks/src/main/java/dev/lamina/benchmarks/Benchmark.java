package dev.lamina.benchmarks;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.FashionMnist;
import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.SequentialModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.tensorflow.TensorFlow;

/**
 * The issue-8 benchmark, run by hand ({@code benchmarks/run}, see {@code docs/performance.md}); not
 * part of the build's tests. One mode per invocation:
 *
 * <ul>
 *   <li>{@code train [rounds [batch,batch]]} (optionally {@code -Dlamina.threads=INTRA,INTER}): samples/s
 *       of one epoch of the 55,000 Fashion-MNIST training images at batch 32 and 256, for the
 *       generated trainers (Nadam, Adam, Nadam with the data held in the graph) and the
 *       hand-written graph (Adam, Nadam), in one JVM: per batch size one warm-up epoch each, then {@code rounds}
 *       rounds in which every trainer runs one epoch (the starting trainer rotates), medians;
 *   <li>{@code roofline}: float32 GFLOP/s of large matrix products in TensorFlow, and the model's
 *       FLOPs per training sample computed from its layer sizes;
 *   <li>{@code startup [batch]}: the times from JVM start to the first training step (run it in a
 *       fresh JVM; the script adds the launch time before the JVM starts); {@code startup-preload}
 *       the same for a program that calls {@code Engine.preload()} first; {@code startup-overlap} for
 *       one that also loads its data on another thread while it builds the model;
 *   <li>{@code rss [batch]}: peak resident memory (VmHWM) after one epoch of the generated Nadam
 *       trainer (a fresh JVM); {@code rss-graphdata} the same with the data held in the graph;
 *   <li>{@code profile}: where a step's time goes (see {@link Profile});
 *   <li>{@code steps}: only the steps' {@code Session.run} times (to compare under environment
 *       variables such as {@code TF_ENABLE_ONEDNN_OPTS});
 *   <li>{@code threads intra inter}: the step times with those TensorFlow thread-pool sizes (a
 *       fresh JVM per setting: the pools are per process);
 *   <li>{@code optimizer}: the optimizer update alone (see {@link OptimizerCost});
 *   <li>{@code javac [rounds]}: annotation processing time of a 10-layer model (see {@link ProcessorTiming});
 *   <li>{@code distributed workers [batch,batch]}: step time and bytes received per step of distributed
 *       training (see {@link DistributedOverhead});
 *   <li>{@code bf16 [rounds [batch,batch]]}: float32 against bfloat16 matrix products and dense
 *       forward+backward passes (see {@link Bfloat16Cost});
 *   <li>{@code predict-latency [rounds [calls]]}: one-row prediction latency (see {@link PredictLatency});
 *   <li>{@code empty-runs}, {@code fit-vs-run [rounds]}, {@code trace-nadam}, {@code xla-registration},
 *       {@code optimized-graph [batch]}, {@code configs name...}: the engine levers measured one at a time
 *       (see {@link EngineLevers} and {@link Profile#emptyRuns()}).
 * </ul>
 *
 * Every measurement prints one line starting with {@code RESULT}, {@code RATIO} or a mode's tag,
 * {@code key=value} pairs in a fixed order: stable for comparing one run with a later one.
 */
public final class Benchmark {
    static final int[] BATCH_SIZES = {32, 256};
    static final long SEED = 42;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "train" : args[0];
        switch (mode) {
            case "train" -> train(args.length > 1 ? Integer.parseInt(args[1]) : 5, batchSizes(args, 2));
            case "roofline" -> Roofline.run();
            case "startup" -> startup(args.length > 1 ? Integer.parseInt(args[1]) : 32, false, false);
            case "startup-preload" -> startup(args.length > 1 ? Integer.parseInt(args[1]) : 32, true, false);
            case "startup-overlap" -> startup(args.length > 1 ? Integer.parseInt(args[1]) : 32, true, true);
            case "rss" -> rss(args.length > 1 ? Integer.parseInt(args[1]) : 32, false);
            case "rss-graphdata" -> rss(args.length > 1 ? Integer.parseInt(args[1]) : 32, true);
            case "profile" -> Profile.run();
            case "steps" -> Profile.steps();
            case "threads" -> Profile.threads(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "calling-thread" -> Profile.callingThread();
            case "optimizer" -> OptimizerCost.run();
            case "empty-runs" -> Profile.emptyRuns();
            case "fit-vs-run" -> EngineLevers.fitVersusRun(args.length > 1 ? Integer.parseInt(args[1]) : 3);
            case "trace-nadam" -> EngineLevers.traceNadam();
            case "xla-registration" -> EngineLevers.xlaRegistration();
            case "optimized-graph" -> EngineLevers.optimizedGraph(args.length > 1 ? Integer.parseInt(args[1]) : 32);
            case "configs" -> EngineLevers.configs(java.util.Arrays.asList(args).subList(1, args.length));
            case "javac" -> ProcessorTiming.run(args.length > 1 ? Integer.parseInt(args[1]) : 5);
            case "distributed" -> DistributedOverhead.run(Integer.parseInt(args[1]), batchSizes(args, 2));
            case "check-cost" -> CheckCost.run(args.length > 1 ? Integer.parseInt(args[1]) : 3);
            case "bf16" -> Bfloat16Cost.run(args.length > 1 ? Integer.parseInt(args[1]) : 5, batchSizes(args, 2));
            case "predict-latency" -> PredictLatency.run(args.length > 1 ? Integer.parseInt(args[1]) : 5,
                    args.length > 2 ? Integer.parseInt(args[2]) : 2_000);
            default -> {
                System.err.println("usage: Benchmark train [rounds [batch,batch]] | roofline | startup [batch]"
                        + " | startup-preload [batch] | startup-overlap [batch] | rss [batch] | rss-graphdata [batch] | profile | steps | threads intra inter | optimizer | javac [rounds] | check-cost [rounds]"
                        + " | bf16 [rounds [batch,batch]] | distributed workers [batch,batch] | predict-latency [rounds [calls]]"
                        + " | empty-runs | fit-vs-run [rounds] | trace-nadam | xla-registration | optimized-graph [batch] | configs name...");
                System.exit(2);
            }
        }
    }

    private static int[] batchSizes(String[] args, int index) {
        return args.length > index ? Arrays.stream(args[index].split(",")).mapToInt(Integer::parseInt).toArray()
                : BATCH_SIZES;
    }

    /** Something that trains one epoch at a time. */
    interface Trainer extends AutoCloseable {
        String name();

        /**
         * One epoch; returns {mean loss, accuracy}, or {mean loss, accuracy, samples/s, share of
         * the CPU used by other processes} when the trainer measured those itself (another process).
         */
        double[] epoch(Dataset train, int batchSize, int epochIndex);

        @Override
        void close();
    }

    /** A generated model trained through its public {@code fit}, as a user would. */
    static Trainer generated(String name, SequentialModel model) {
        return generated(name, model, false);
    }

    /** As {@link #generated(String, SequentialModel)}, with the training data held in the graph or not. */
    static Trainer generated(String name, SequentialModel model, boolean dataInGraph) {
        return new Trainer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] epoch(Dataset train, int batchSize, int epochIndex) {
                History h = model.fit(train, Fit.epochs(1).batchSize(batchSize).verbose(false).dataInGraph(dataInGraph));
                return new double[] {h.last("loss"), h.last("accuracy")};
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    /**
     * Something built with the engine's {@code callingThread} set to {@code callingThread}, whatever
     * the engine's default: a model or a hand-written graph with its steps on the calling thread or
     * handed to the inter-op pool, to compare the two in the same rounds.
     */
    static <T> T withCallingThread(boolean callingThread, java.util.function.Supplier<T> build) {
        EngineOptions before = Engine.options();
        Engine.configure(before.withCallingThread(callingThread));
        try {
            return build.get();
        } finally {
            Engine.configure(before);
        }
    }

    static Trainer handWritten(String name, HandWritten.Rule rule) {
        HandWritten graph = new HandWritten(rule, SEED, Engine.options().toConfigProto());
        return new Trainer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] epoch(Dataset train, int batchSize, int epochIndex) {
                return graph.epoch(train, batchSize, epochIndex);
            }

            @Override
            public void close() {
                graph.close();
            }
        };
    }

    static List<Trainer> trainers(String suffix) {
        return List.of(
                generated("lamina-nadam" + suffix, BenchNadamModel.create()),
                generated("lamina-nadam-pool" + suffix, withCallingThread(false, BenchNadamModel::create)),
                generated("lamina-adam" + suffix, BenchAdamModel.create()),
                generated("lamina-nadam-graphdata" + suffix, BenchNadamModel.create(), true),
                handWritten("hand-adam" + suffix, HandWritten.Rule.ADAM),
                handWritten("hand-nadam" + suffix, HandWritten.Rule.NADAM));
    }

    private static void train(int rounds, int[] batchSizes) {
        // -Dlamina.threads=INTRA,INTER: the runtime's engine option (TensorFlow's CPU thread pools,
        // per process); every trainer of this JVM, the hand-written graphs included, uses the same
        // pools. Without it, the runtime's measured default. Result names get a suffix when it is set.
        String threads = System.getProperty(EngineOptions.THREADS_PROPERTY);
        train(rounds, batchSizes, threads == null ? "" : "-i" + threads.replace(",", "e"));
    }

    private static void train(int rounds, int[] batchSizes, String suffix) {
        // LAMINA_PYTORCH="COMMAND ...[; COMMAND ...]" (or -Dlamina.pytorch): PyTorch reference processes
        // (pytorch_reference.py --serve, each with its own settings) whose epochs take turns with the
        // Java trainers' in every round.
        String commands = System.getProperty("lamina.pytorch", System.getenv("LAMINA_PYTORCH"));
        List<PyTorchProcess> references = new ArrayList<>();
        try {
            for (String command : commands == null ? new String[0] : commands.split(";")) {
                if (!command.isBlank()) {
                    references.add(PyTorchProcess.start(command));
                }
            }
            train(rounds, batchSizes, suffix, references);
        } finally {
            references.forEach(PyTorchProcess::close);
        }
    }

    private static void train(int rounds, int[] batchSizes, String suffix, List<PyTorchProcess> references) {
        Dataset train = FashionMnist.load().train();
        System.out.printf(Locale.ROOT, "# train: %d examples, %d rounds after one warm-up epoch per trainer; TensorFlow %s;"
                + " engine: %s%n", train.size(), rounds, TensorFlow.version(), Engine.options());
        Map<String, Double> medians = new LinkedHashMap<>();
        roundRates.clear();
        roundShares.clear();
        for (int batchSize : batchSizes) {
            List<Trainer> trainers = new ArrayList<>(trainers(suffix));
            for (PyTorchProcess pytorch : references) {
                trainers.add(pytorch.trainer("nadam"));
                trainers.add(pytorch.trainer("adam"));
            }
            try {
                Map<String, List<Double>> rates = new LinkedHashMap<>();
                Map<String, List<Double>> others = new LinkedHashMap<>();
                Map<String, double[]> last = new LinkedHashMap<>();
                for (Trainer trainer : trainers) {
                    trainer.epoch(train, batchSize, 0);
                    rates.put(trainer.name(), new ArrayList<>());
                    others.put(trainer.name(), new ArrayList<>());
                }
                for (int round = 0; round < rounds; round++) {
                    for (int k = 0; k < trainers.size(); k++) {
                        Trainer trainer = trainers.get((round + k) % trainers.size());
                        CpuMeter cpu = CpuMeter.now();
                        long start = System.nanoTime();
                        double[] result = trainer.epoch(train, batchSize, round + 1);
                        double seconds = (System.nanoTime() - start) / 1e9;
                        boolean ownMeasure = result.length >= 4;
                        rates.get(trainer.name()).add(ownMeasure ? result[2] : train.size() / seconds);
                        others.get(trainer.name()).add(ownMeasure ? result[3] : CpuMeter.now().othersShareSince(cpu));
                        last.put(trainer.name(), result);
                    }
                }
                int steps = (train.size() + batchSize - 1) / batchSize;
                for (var entry : rates.entrySet()) {
                    List<Double> all = entry.getValue();
                    List<Double> shares = others.get(entry.getKey());
                    List<Double> clean = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if (shares.get(i) <= CpuMeter.CLEAN) {
                            clean.add(all.get(i));
                        }
                    }
                    // The median of the clean rounds when there are at least three, else of all rounds.
                    List<Double> counted = clean.size() >= 3 ? clean : all;
                    double median = median(counted);
                    medians.put(entry.getKey() + "@" + batchSize, median);
                    roundRates.put(entry.getKey() + "@" + batchSize, all);
                    roundShares.put(entry.getKey() + "@" + batchSize, shares);
                    double[] result = last.get(entry.getKey());
                    System.out.printf(Locale.ROOT,
                            "RESULT %-12s batch=%d samples_per_s=%.0f min=%.0f max=%.0f step_us=%.1f rounds=%d clean=%d"
                                    + " others_cpu_median=%.3f counted=%s last_loss=%.4f last_accuracy=%.4f rates=%s"
                                    + " others=%s%n",
                            entry.getKey(), batchSize, median, min(counted), max(counted),
                            1e6 * train.size() / median / steps, all.size(), clean.size(), median(shares),
                            counted == clean ? "clean" : "all", result[0], result[1], join(all, "%.0f"), join(shares, "%.3f"));
                }
            } finally {
                trainers.forEach(Trainer::close);
            }
        }
        String x = suffix;
        for (int batchSize : batchSizes) {
            for (PyTorchProcess pytorch : references) {
                // Interleaved with PyTorch's epochs in the same rounds: the issue's "back to back".
                ratio("lamina-nadam/" + pytorch.name("nadam") + x, batchSize, medians, "lamina-nadam" + x, pytorch.name("nadam"));
                ratio("lamina-adam/" + pytorch.name("adam") + x, batchSize, medians, "lamina-adam" + x, pytorch.name("adam"));
                ratio("lamina-nadam-graphdata/" + pytorch.name("nadam") + x, batchSize, medians, "lamina-nadam-graphdata" + x,
                        pytorch.name("nadam"));
            }
            // The check on the reference: the reference over the plain loop under the same settings.
            for (PyTorchProcess reference : references) {
                for (PyTorchProcess plain : references) {
                    if (plain.plainLoop() && !reference.plainLoop() && plain.sameSettings(reference)) {
                        ratio(reference.name("nadam") + "/" + plain.name("nadam"), batchSize, medians, reference.name("nadam"),
                                plain.name("nadam"));
                    }
                }
            }
            ratio("lamina-nadam-graphdata/lamina-nadam" + x, batchSize, medians, "lamina-nadam-graphdata" + x,
                    "lamina-nadam" + x);
            ratio("lamina-nadam/lamina-nadam-pool" + x, batchSize, medians, "lamina-nadam" + x, "lamina-nadam-pool" + x);
            ratio("lamina-nadam/hand-adam" + x, batchSize, medians, "lamina-nadam" + x, "hand-adam" + x);
            ratio("lamina-adam/hand-adam" + x, batchSize, medians, "lamina-adam" + x, "hand-adam" + x);
            ratio("lamina-nadam/hand-nadam" + x, batchSize, medians, "lamina-nadam" + x, "hand-nadam" + x);
            // Step time of Nadam over Adam, minus one: the "no more than 15% over Adam" target.
            ratio("lamina-nadam-step-cost-over-adam" + x, batchSize, medians, "lamina-adam" + x, "lamina-nadam" + x, -1);
            ratio("hand-nadam-step-cost-over-adam" + x, batchSize, medians, "hand-adam" + x, "hand-nadam" + x, -1);
        }
    }

    /** The values, comma-separated: every round, in round order (for paired comparisons later). */
    private static String join(List<Double> values, String format) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(sb.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, format, v));
        }
        return sb.toString();
    }

    private static void ratio(String label, int batchSize, Map<String, Double> medians, String a, String b) {
        ratio(label, batchSize, medians, a, b, 0);
    }

    /** Every round's samples/s and others' CPU share, per trainer and batch size ("name@batch"). */
    private static final Map<String, List<Double>> roundRates = new LinkedHashMap<>();
    private static final Map<String, List<Double>> roundShares = new LinkedHashMap<>();

    /**
     * The ratio of the medians, and the median of the per-round ratios over the clean rounds of
     * both (each round runs both trainers back to back, so a slow drift of the machine cancels).
     */
    private static void ratio(String label, int batchSize, Map<String, Double> medians, String a, String b, double add) {
        Double x = medians.get(a + "@" + batchSize);
        Double y = medians.get(b + "@" + batchSize);
        if (x != null && y != null) {
            List<Double> ra = roundRates.get(a + "@" + batchSize);
            List<Double> rb = roundRates.get(b + "@" + batchSize);
            List<Double> sa = roundShares.get(a + "@" + batchSize);
            List<Double> sb = roundShares.get(b + "@" + batchSize);
            List<Double> paired = new ArrayList<>();
            for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
                if (sa.get(i) <= CpuMeter.CLEAN && sb.get(i) <= CpuMeter.CLEAN) {
                    paired.add(ra.get(i) / rb.get(i) + add);
                }
            }
            System.out.printf(Locale.ROOT, "RATIO %-34s batch=%d value=%.3f paired_median=%.3f paired_min=%.3f"
                    + " paired_max=%.3f paired_rounds=%d%n", label, batchSize, x / y + add,
                    paired.isEmpty() ? Double.NaN : median(paired), min(paired), max(paired), paired.size());
        }
    }

    /**
     * Times, in ms since the JVM started, to each stage before the first training step; then exits.
     *
     * @param preload whether the program starts {@link Engine#preload()} first, so that loading
     *     TensorFlow overlaps loading the data (then "native loaded" is when the preload was started)
     * @param overlap whether the data loads on another thread while the model is built (then "data
     *     loaded" is when that thread finished, and the model's build is timed from "native loaded")
     */
    private static void startup(int batchSize, boolean preload, boolean overlap) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long main = System.currentTimeMillis();
        if (preload) {
            Engine.preload();
        }
        String version = preload ? "" : TensorFlow.version();
        long nativeLoaded = System.currentTimeMillis();
        long[] dataLoaded = new long[1];
        Supplier<Dataset> load = () -> {
            Dataset data = FashionMnist.load().train();
            dataLoaded[0] = System.currentTimeMillis();
            return data;
        };
        CompletableFuture<Dataset> loading = overlap
                ? CompletableFuture.supplyAsync(load, command -> new Thread(command, "data").start())
                : CompletableFuture.completedFuture(load.get());
        Dataset train;
        try (BenchNadamModel model = BenchNadamModel.create()) {
            long created = System.currentTimeMillis();
            train = loading.join();
            long[] firstStep = new long[1];
            model.fit(train, Fit.epochs(1).batchSize(batchSize).verbose(false).callbacks(new Callback() {
                @Override
                public void onBatchEnd(SequentialModel m, int epoch, int batch, double batchLoss, double runningLoss) {
                    if (firstStep[0] == 0) {
                        firstStep[0] = System.currentTimeMillis();
                        m.stopTraining();
                    }
                }
            }));
            System.out.printf(Locale.ROOT, "STARTUP jvm_start_epoch_ms=%d main_ms=%d native_loaded_ms=%d data_loaded_ms=%d"
                            + " model_created_ms=%d first_step_done_ms=%d first_step_epoch_ms=%d"
                            + " first_step_without_data_ms=%d preload=%b overlap=%b tensorflow=%s%n",
                    jvmStart, main - jvmStart, nativeLoaded - jvmStart, dataLoaded[0] - jvmStart, created - jvmStart,
                    firstStep[0] - jvmStart, firstStep[0], firstStep[0] - jvmStart - (dataLoaded[0] - nativeLoaded), preload, overlap, version.isEmpty() ? TensorFlow.version() : version);
        }
        // The same again in this (now warm) JVM: what building and the first step cost without
        // class loading and JIT warm-up.
        long start = System.nanoTime();
        try (BenchNadamModel model = BenchNadamModel.create()) {
            long created = System.nanoTime();
            long[] firstStep = new long[1];
            model.fit(train, Fit.epochs(1).batchSize(batchSize).verbose(false).callbacks(new Callback() {
                @Override
                public void onBatchEnd(SequentialModel m, int epoch, int batch, double batchLoss, double runningLoss) {
                    if (firstStep[0] == 0) {
                        firstStep[0] = System.nanoTime();
                        m.stopTraining();
                    }
                }
            }));
            System.out.printf(Locale.ROOT, "STARTUP_WARM model_created_ms=%.0f first_step_ms=%.0f%n", (created - start) / 1e6,
                    (firstStep[0] - created) / 1e6);
        }
    }

    /** Peak resident memory after one epoch of the generated Nadam trainer. */
    private static void rss(int batchSize, boolean dataInGraph) throws IOException {
        Dataset train = FashionMnist.load().train();
        long afterData = kilobytes("VmRSS");
        try (BenchNadamModel model = BenchNadamModel.create()) {
            model.fit(train, Fit.epochs(1).batchSize(batchSize).verbose(false).dataInGraph(dataInGraph));
            System.out.printf(Locale.ROOT, "RSS batch=%d data_in_graph=%b peak_rss_mb=%.0f rss_mb=%.0f rss_after_data_mb=%.0f"
                            + " heap_used_mb=%.0f heap_committed_mb=%.0f heap_max_mb=%.0f%n",
                    batchSize, dataInGraph, kilobytes("VmHWM") / 1024.0, kilobytes("VmRSS") / 1024.0, afterData / 1024.0,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                    Runtime.getRuntime().totalMemory() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        }
    }

    /** A line of /proc/self/status, in kB. */
    static long kilobytes(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
            }
        }
        throw new IllegalStateException(field + " not in /proc/self/status");
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
