package dev.lamina.benchmarks;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.FashionMnist;
import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.train.SequentialModel;
import dev.lamina.runtime.train.StepProfiler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Where a training step's time goes, for {@code docs/performance.md}:
 *
 * <ul>
 *   <li>{@code STEP empty…}: an empty {@code Session.run}, and one that only feeds a batch;
 *   <li>{@code HOST}: the host side of a step: the runtime's {@code Dataset.batches} (a new array
 *       per batch) against a hand-written gather into one reused array, each then copied into tensors;
 *   <li>{@code BUILD}: how long building each trainer (graph, session, initialization) takes;
 *   <li>{@code OPS}: the graph ops a training step depends on (data and control inputs of the
 *       update, transitively), by type;
 *   <li>{@code STEP}: a step's {@code Session.run} alone, on tensors made once (no batch assembly),
 *       the trainers taking turns, medians;
 *   <li>{@code TRACE}, {@code SCOPES}: steps traced by TensorFlow ({@code FULL_TRACE}): the kernels
 *       actually executed after Grappler's rewrites, their time by op type and, for the generated
 *       trainers, by name scope (tracing slows every kernel: read the shares, not the absolute
 *       times);
 *   <li>{@code GRAPPLER}: the first run of a step (graph optimization) and the steady step, with
 *       TensorFlow's graph optimizer on and off;
 *   <li>{@code OPTIMIZER}: the update alone (see {@link OptimizerCost}).
 * </ul>
 *
 * Thread settings need a fresh JVM each ({@link #threads}); oneDNN on/off is an environment
 * variable read at start-up ({@code benchmarks/run onednn} runs {@link #steps} under both).
 *
 * <p>A generated model's step is reached through {@link SequentialModel#profiler()}.
 */
final class Profile {
    private Profile() {}

    /** Only the step times and thread settings (to compare under other environment variables). */
    static void steps() throws Exception {
        Dataset train = FashionMnist.load().train();
        emptyRuns();
        try (BenchNadamModel nadam = BenchNadamModel.create();
                BenchAdamModel adam = BenchAdamModel.create();
                HandWritten handAdam = new HandWritten(HandWritten.Rule.ADAM, Benchmark.SEED, null)) {
            Map<String, Stepper> steppers = new LinkedHashMap<>();
            steppers.put("lamina-nadam", generatedStepper(nadam));
            steppers.put("lamina-adam", generatedStepper(adam));
            steppers.put("hand-adam", handStepper(handAdam));
            for (int batchSize : Benchmark.BATCH_SIZES) {
                stepTimes(steppers, train, batchSize);
            }
        }
    }

    static void run() throws Exception {
        Dataset train = FashionMnist.load().train();
        emptyRuns();
        for (int batchSize : Benchmark.BATCH_SIZES) {
            host(train, batchSize);
            handHost(train, batchSize);
        }
        long t0 = System.nanoTime();
        try (BenchNadamModel nadam = BenchNadamModel.create();
                BenchAdamModel adam = timed("lamina-nadam", t0, BenchAdamModel::create);
                HandWritten handAdam = timed("lamina-adam", t0,
                        () -> new HandWritten(HandWritten.Rule.ADAM, Benchmark.SEED, null));
                HandWritten handNadam = timed("hand-adam", t0,
                        () -> new HandWritten(HandWritten.Rule.NADAM, Benchmark.SEED, null));
                BenchNadamModel again = timed("hand-nadam", t0, BenchNadamModel::create)) {
            System.out.printf(Locale.ROOT, "BUILD %-12s create_ms=%.0f (the same model again, warm JVM) graph_ops=%d%n",
                    "lamina-nadam", (System.nanoTime() - lastTimed) / 1e6, count(generatedStepper(again).graph()));
            again.close();
            Map<String, Stepper> steppers = new LinkedHashMap<>();
            steppers.put("lamina-nadam", generatedStepper(nadam));
            steppers.put("lamina-adam", generatedStepper(adam));
            steppers.put("hand-adam", handStepper(handAdam));
            steppers.put("hand-nadam", handStepper(handNadam));
            for (var entry : steppers.entrySet()) {
                opCount(entry.getKey(), entry.getValue().graph(), entry.getValue().target());
            }
            for (int batchSize : Benchmark.BATCH_SIZES) {
                stepTimes(steppers, train, batchSize);
            }
            for (int batchSize : Benchmark.BATCH_SIZES) {
                for (var entry : steppers.entrySet()) {
                    trace(entry.getKey(), entry.getValue(), train, batchSize);
                }
            }
        }
        grappler(train);
        OptimizerCost.run();
    }

    private static long lastTimed;

    /**
     * Prints how long the previous model took to build (graph, session, variable initialization):
     * the time from the previous call (or {@code start}) to now; then builds the next one.
     */
    private static <T> T timed(String previous, long start, java.util.function.Supplier<T> next) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "BUILD %-12s create_ms=%.0f%n", previous, (now - (lastTimed == 0 ? start : lastTimed)) / 1e6);
        lastTimed = System.nanoTime();
        return next.get();
    }

    /** Runs one training step on fed tensors. */
    interface Stepper {
        Graph graph();

        GraphOperation target();

        /** A runner for one step on {@code x}, {@code y}; tensors it creates go to {@code toClose}. */
        Session.Runner runner(TFloat32 x, TInt32 y, List<AutoCloseable> toClose);
    }

    static Stepper generatedStepper(SequentialModel model) {
        StepProfiler profiler = model.profiler();
        return new Stepper() {
            @Override
            public Graph graph() {
                return profiler.graph();
            }

            @Override
            public GraphOperation target() {
                return profiler.stepOp();
            }

            @Override
            public Session.Runner runner(TFloat32 x, TInt32 y, List<AutoCloseable> toClose) {
                TFloat32 rate = TFloat32.scalarOf(1e-3f);
                toClose.add(rate);
                // The model's graph takes targets as floats [batch, 1] (class indices as whole numbers).
                TFloat32 targets = TFloat32.tensorOf(Shape.of(y.shape().get(0), 1));
                toClose.add(targets);
                for (long i = 0; i < y.shape().get(0); i++) {
                    targets.setFloat(y.getInt(i), i, 0);
                }
                return profiler.stepRunner(x, targets, rate);
            }
        };
    }

    static Stepper handStepper(HandWritten hand) {
        GraphOperation target = (GraphOperation) hand.stepOp().op();
        return new Stepper() {
            @Override
            public Graph graph() {
                return hand.graph();
            }

            @Override
            public GraphOperation target() {
                return target;
            }

            @Override
            public Session.Runner runner(TFloat32 x, TInt32 y, List<AutoCloseable> toClose) {
                return hand.stepRunner(x, y, toClose);
            }
        };
    }

    /** The ops {@code target} depends on, transitively (data and control inputs). */
    static void opCount(String name, Graph graph, GraphOperation target) {
        Set<GraphOperation> seen = new HashSet<>();
        Deque<GraphOperation> queue = new ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            GraphOperation op = queue.pop();
            if (!seen.add(op)) {
                continue;
            }
            for (Operand<?> input : op.inputs()) {
                queue.push((GraphOperation) input.op());
            }
            queue.addAll(op.controlInputs());
        }
        Map<String, Integer> byType = new TreeMap<>();
        seen.forEach(op -> byType.merge(op.type(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "OPS %-12s step_ops=%d graph_ops=%d by_type=%s%n", name, seen.size(), count(graph),
                top(byType, 14));
    }

    static int count(Graph graph) {
        int total = 0;
        for (var it = graph.operations(); it.hasNext(); it.next()) {
            total++;
        }
        return total;
    }

    private static String top(Map<String, ? extends Number> byType, int n) {
        StringBuilder sb = new StringBuilder();
        byType.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, ? extends Number> e) -> -e.getValue().doubleValue()))
                .limit(n)
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ",").append(e.getKey()).append(':')
                        .append(e.getValue() instanceof Double d ? String.format(Locale.ROOT, "%.0f", d) : e.getValue()));
        return sb.toString();
    }

    /** An empty run; a run that feeds a batch-sized tensor and fetches nothing else. */
    static void emptyRuns() {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            var noOp = tf.noOp();
            var x = tf.placeholder(TFloat32.class);
            var identity = tf.identity(tf.sum(x, tf.constant(new int[] {0, 1, 2})));
            // The engine's pools: this may be the process's first session, which sizes them.
            try (Session session = new Session(graph, Engine.options().toConfigProto())) {
                double empty = timeRuns(() -> session.runner().addTarget(noOp).run().close(), 4000);
                System.out.printf(Locale.ROOT, "STEP empty_session_run_us=%.1f%n", empty);
                for (int batchSize : Benchmark.BATCH_SIZES) {
                    float[] data = new float[batchSize * 784];
                    double create = timeRuns(() -> TFloat32.tensorOf(Shape.of(batchSize, 28, 28),
                            DataBuffers.of(data, true, false)).close(), 4000);
                    try (TFloat32 t = TFloat32.tensorOf(Shape.of(batchSize, 28, 28), DataBuffers.of(data, true, false))) {
                        double feed = timeRuns(() -> session.runner().feed(x, t).fetch(identity).run().close(), 2000);
                        System.out.printf(Locale.ROOT, "STEP batch=%d tensor_create_us=%.1f feed_and_reduce_run_us=%.1f%n",
                                batchSize, create, feed);
                    }
                }
            }
        }
    }

    /** Median µs per call, over batches of calls. */
    static double timeRuns(Runnable body, int runs) {
        for (int i = 0; i < runs / 4; i++) {
            body.run();
        }
        List<Double> perCall = new ArrayList<>();
        int chunk = Math.max(1, runs / 20);
        for (int c = 0; c < 20; c++) {
            long start = System.nanoTime();
            for (int i = 0; i < chunk; i++) {
                body.run();
            }
            perCall.add((System.nanoTime() - start) / 1e3 / chunk);
        }
        return Benchmark.median(perCall);
    }

    /** The runtime's host side of an epoch: shuffled batches from {@code Dataset.batches}, each copied into tensors. */
    static void host(Dataset train, int batchSize) {
        List<Double> perStep = new ArrayList<>();
        for (int epoch = 0; epoch < 6; epoch++) {
            long start = System.nanoTime();
            int steps = 0;
            for (Batch batch : train.batches(batchSize, true, Benchmark.SEED, epoch)) {
                try (TFloat32 x = TFloat32.tensorOf(Shape.of(batch.size(), 28, 28), DataBuffers.of(batch.features(), true, false));
                        TFloat32 y = TFloat32.tensorOf(Shape.of(batch.size(), 1), DataBuffers.of(batch.targets(), true, false))) {
                    steps++;
                }
            }
            if (epoch > 0) {
                perStep.add((System.nanoTime() - start) / 1e3 / steps);
            }
        }
        System.out.printf(Locale.ROOT, "HOST runtime_batches_and_tensors batch=%d us_per_step=%.1f%n", batchSize,
                Benchmark.median(perStep));
    }

    /** The hand-written trainer's host side: a batch gathered into one reused array, then copied into tensors. */
    static void handHost(Dataset train, int batchSize) {
        List<Double> perStep = new ArrayList<>();
        float[] features = new float[batchSize * 784];
        int[] labels = new int[batchSize];
        int n = train.size() / batchSize * batchSize;
        for (int epoch = 0; epoch < 6; epoch++) {
            long start = System.nanoTime();
            int[] order = new int[train.size()];
            java.util.SplittableRandom random = new java.util.SplittableRandom(epoch);
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int steps = 0;
            for (int from = 0; from < n; from += batchSize) {
                for (int k = 0; k < batchSize; k++) {
                    train.copyExample(order[from + k], features, k * 784);
                    labels[k] = train.label(order[from + k]);
                }
                try (TFloat32 x = TFloat32.tensorOf(Shape.of(batchSize, 28, 28), DataBuffers.of(features, true, false));
                        TInt32 y = TInt32.tensorOf(Shape.of(batchSize), DataBuffers.of(labels, true, false))) {
                    steps++;
                }
            }
            if (epoch > 0) {
                perStep.add((System.nanoTime() - start) / 1e3 / steps);
            }
        }
        System.out.printf(Locale.ROOT, "HOST hand_gather_and_tensors batch=%d us_per_step=%.1f%n", batchSize,
                Benchmark.median(perStep));
    }

    static TFloat32 features(Dataset train, int batchSize) {
        float[] features = new float[batchSize * 784];
        for (int k = 0; k < batchSize; k++) {
            train.copyExample(k, features, k * 784);
        }
        return TFloat32.tensorOf(Shape.of(batchSize, 28, 28), DataBuffers.of(features, true, false));
    }

    static TInt32 labels(Dataset train, int batchSize) {
        int[] labels = new int[batchSize];
        for (int k = 0; k < batchSize; k++) {
            labels[k] = train.label(k);
        }
        return TInt32.tensorOf(Shape.of(batchSize), DataBuffers.of(labels, true, false));
    }

    /**
     * Each stepper's {@code Session.run} alone (tensors made once), median µs per step: the
     * steppers take turns, a chunk of runs each, so that a noisy moment hits all of them.
     */
    static void stepTimes(Map<String, Stepper> steppers, Dataset train, int batchSize) throws Exception {
        int runs = batchSize == 32 ? 100 : 25;
        Map<String, List<Double>> perStep = new LinkedHashMap<>();
        List<AutoCloseable> toClose = new ArrayList<>();
        try (TFloat32 x = features(train, batchSize); TInt32 y = labels(train, batchSize)) {
            Map<String, Session.Runner> runners = new LinkedHashMap<>();
            steppers.forEach((name, stepper) -> {
                runners.put(name, stepper.runner(x, y, toClose));
                perStep.put(name, new ArrayList<>());
            });
            for (int round = -2; round < 20; round++) {
                for (var entry : runners.entrySet()) {
                    long start = System.nanoTime();
                    for (int i = 0; i < runs; i++) {
                        entry.getValue().run().close();
                    }
                    if (round >= 0) {
                        perStep.get(entry.getKey()).add((System.nanoTime() - start) / 1e3 / runs);
                    }
                }
            }
        } finally {
            for (AutoCloseable c : toClose) {
                c.close();
            }
        }
        perStep.forEach((name, values) -> {
            double us = Benchmark.median(values);
            System.out.printf(Locale.ROOT, "STEP %-24s batch=%d session_run_us=%.1f samples_per_s=%.0f%n", name, batchSize,
                    us, batchSize * 1e6 / us);
        });
    }

    /** Traced steps: executed kernels and their time by type (summed over {@code n} steps, per step). */
    static void trace(String name, Stepper stepper, Dataset train, int batchSize) throws Exception {
        RunOptions options = RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build();
        int n = 50;
        Map<String, Double> microsByType = new TreeMap<>();
        Map<String, Double> microsByScope = new TreeMap<>();
        double kernels = 0;
        double opMicros = 0;
        double wall = 0;
        try (TFloat32 x = features(train, batchSize); TInt32 y = labels(train, batchSize)) {
            for (int i = 0; i < n + 5; i++) {
                List<AutoCloseable> toClose = new ArrayList<>();
                try (Result result = stepper.runner(x, y, toClose).setOptions(options).runAndFetchMetadata()) {
                    if (i < 5) {
                        continue;
                    }
                    RunMetadata metadata = result.getMetadata().orElseThrow();
                    long first = Long.MAX_VALUE;
                    long last = Long.MIN_VALUE;
                    for (DeviceStepStats device : metadata.getStepStats().getDevStatsList()) {
                        for (NodeExecStats node : device.getNodeStatsList()) {
                            String type = opType(node, stepper.graph());
                            if (type.startsWith("_SOURCE") || node.getNodeName().equals("_SOURCE")) {
                                continue;
                            }
                            long micros = node.getOpEndRelMicros() - node.getOpStartRelMicros();
                            microsByType.merge(type, micros / (double) n, Double::sum);
                            microsByScope.merge(scope(node.getNodeName()), micros / (double) n, Double::sum);
                            opMicros += micros / (double) n;
                            kernels += 1.0 / n;
                            first = Math.min(first, node.getAllStartMicros());
                            last = Math.max(last, node.getAllStartMicros() + node.getAllEndRelMicros());
                        }
                    }
                    wall += (last - first) / (double) n;
                } finally {
                    for (AutoCloseable c : toClose) {
                        c.close();
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "TRACE %-12s batch=%d kernels_per_step=%.0f kernel_us_sum=%.0f traced_wall_us=%.0f"
                + " us_by_type=%s%n", name, batchSize, kernels, opMicros, wall, top(microsByType, 12));
        if (name.startsWith("lamina")) {
            System.out.printf(Locale.ROOT, "SCOPES %-12s batch=%d us_by_scope=%s%n", name, batchSize, top(microsByScope, 10));
        }
    }

    /** A node's place in the generated graph: its first two name segments ({@code optimizer/hidden1}, …). */
    private static String scope(String node) {
        String[] parts = node.split("/");
        return parts.length >= 3 ? parts[0] + "/" + parts[1] : parts[0];
    }

    private static String opType(NodeExecStats node, Graph graph) {
        String label = node.getTimelineLabel();
        int eq = label.indexOf(" = ");
        int paren = label.indexOf('(', Math.max(eq, 0));
        if (eq >= 0 && paren > eq) {
            return label.substring(eq + 3, paren);
        }
        GraphOperation op = graph.operation(node.getNodeName());
        return op != null ? op.type() : node.getNodeName();
    }

    /**
     * The step times with {@code intra} intra-op and {@code inter} inter-op threads. TensorFlow's
     * CPU thread pools are global to the process and sized by the first session's options (unless
     * {@code TF_OVERRIDE_GLOBAL_THREADPOOL} is set), so this must run in a fresh JVM: the runtime's
     * {@link Engine} is configured before the first model, and every session after it (the
     * hand-written graph's too) uses the same pools.
     */
    static void threads(int intra, int inter) throws Exception {
        Engine.configure(Engine.options().withThreads(intra, inter));
        ConfigProto config = Engine.options().toConfigProto();
        Dataset train = FashionMnist.load().train();
        try (BenchNadamModel nadam = BenchNadamModel.create();
                BenchAdamModel adam = BenchAdamModel.create();
                HandWritten handAdam = new HandWritten(HandWritten.Rule.ADAM, Benchmark.SEED, config)) {
            Map<String, Stepper> steppers = new LinkedHashMap<>();
            steppers.put("lamina-nadam-intra" + intra + "-inter" + inter, generatedStepper(nadam));
            steppers.put("lamina-adam-intra" + intra + "-inter" + inter, generatedStepper(adam));
            steppers.put("hand-adam-intra" + intra + "-inter" + inter, handStepper(handAdam));
            for (int batchSize : Benchmark.BATCH_SIZES) {
                stepTimes(steppers, train, batchSize);
            }
        }
    }

    /**
     * A step's {@code Session.run} on the calling thread against the same step handed to the
     * inter-op pool (the engine's {@code callingThread} on and off), for the generated Nadam and the
     * hand-written Adam, the four taking turns.
     */
    static void callingThread() throws Exception {
        Dataset train = FashionMnist.load().train();
        try (BenchNadamModel nadamOnCaller = Benchmark.withCallingThread(true, BenchNadamModel::create);
                BenchNadamModel nadamOnPool = Benchmark.withCallingThread(false, BenchNadamModel::create);
                HandWritten handOnCaller = Benchmark.withCallingThread(true,
                        () -> new HandWritten(HandWritten.Rule.ADAM, Benchmark.SEED, null));
                HandWritten handOnPool = Benchmark.withCallingThread(false,
                        () -> new HandWritten(HandWritten.Rule.ADAM, Benchmark.SEED, null))) {
            Map<String, Stepper> steppers = new LinkedHashMap<>();
            steppers.put("lamina-nadam-calling-thread", generatedStepper(nadamOnCaller));
            steppers.put("lamina-nadam-pool", generatedStepper(nadamOnPool));
            steppers.put("hand-adam-calling-thread", handStepper(handOnCaller));
            steppers.put("hand-adam-pool", handStepper(handOnPool));
            for (int batchSize : Benchmark.BATCH_SIZES) {
                stepTimes(steppers, train, batchSize);
            }
        }
    }

    /**
     * What Grappler, TensorFlow's graph optimizer, costs and brings: the hand-written Adam step's
     * first run (when the step's graph is optimized) and its steady-state step, with the default
     * rewrites and with the meta-optimizer disabled.
     */
    static void grappler(Dataset train) throws Exception {
        ConfigProto off = ConfigProto.newBuilder().setGraphOptions(org.tensorflow.proto.GraphOptions.newBuilder()
                .setRewriteOptions(org.tensorflow.proto.RewriterConfig.newBuilder().setDisableMetaOptimizer(true))).build();
        for (int batchSize : Benchmark.BATCH_SIZES) {
            Map<String, Stepper> steppers = new LinkedHashMap<>();
            try (HandWritten on = new HandWritten(HandWritten.Rule.ADAM, Benchmark.SEED, null);
                    HandWritten none = new HandWritten(HandWritten.Rule.ADAM, Benchmark.SEED, off);
                    TFloat32 x = features(train, batchSize);
                    TInt32 y = labels(train, batchSize)) {
                for (var entry : Map.of("hand-adam-grappler-on", on, "hand-adam-grappler-off", none).entrySet()) {
                    List<AutoCloseable> toClose = new ArrayList<>();
                    long start = System.nanoTime();
                    entry.getValue().stepRunner(x, y, toClose).run().close();
                    long second = System.nanoTime();
                    entry.getValue().stepRunner(x, y, toClose).run().close();
                    System.out.printf(Locale.ROOT, "GRAPPLER %-24s batch=%d first_run_ms=%.1f second_run_ms=%.1f%n",
                            entry.getKey(), batchSize, (second - start) / 1e6, (System.nanoTime() - second) / 1e6);
                    for (AutoCloseable c : toClose) {
                        c.close();
                    }
                }
                steppers.put("hand-adam-grappler-on", handStepper(on));
                steppers.put("hand-adam-grappler-off", handStepper(none));
                stepTimes(steppers, train, batchSize);
            }
        }
    }
}
