package dev.lamina.benchmarks;

import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.io.SaveDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.types.TFloat32;

/**
 * One-row prediction latency ({@code predict-latency [rounds [calls]]}): {@code model.predict(float[])}
 * of the benchmark's Fashion classifier, as application code calls it one request at a time,
 * against
 *
 * <ul>
 *   <li>{@code tf-session}: the engine's floor, a hand-written TensorFlow Java call on the same
 *       graph (the model's SavedModel export, loaded with the engine's session options): one
 *       input tensor made once and refilled with each row, one {@code Session.runner()} feed and
 *       fetch per call, the probabilities copied into a new array;
 *   <li>{@code tf-session-inline}: the same with {@code RunOptions.inter_op_thread_pool = -1}, which
 *       runs the step on the calling thread instead of handing its ops to the inter-op pool;
 *   <li>{@code pytorch}: PyTorch eager inference of the same architecture at one thread (the child
 *       process {@code predict_latency_reference.py --serve}, timing its own calls), when
 *       {@code LAMINA_PYTORCH_LATENCY} gives its command.
 * </ul>
 *
 * The model has its initial weights (latency does not depend on their values); the rows are
 * uniform in [0, 1). After a warm-up, {@code rounds} rounds of {@code calls} calls per competitor,
 * the starting one rotating; p50 and p99 over all calls, and the per-round p50 ratios. Then the
 * Java heap allocated per call in steady state ({@code ThreadMXBean.getThreadAllocatedBytes}, over
 * 20,000 calls), less the returned array's 56 bytes.
 */
final class PredictLatency {
    private static final int WARM_UP_CALLS = 3_000;
    private static final int ALLOCATION_CALLS = 20_000;
    /** A float[10]: 16 bytes of header and length, 40 of values. */
    private static final long RESULT_BYTES = 56;

    private PredictLatency() {}

    /** One way to predict one row. */
    interface Predictor {
        float[] predict(float[] row);
    }

    static void run(int rounds, int calls) throws Exception {
        float[][] rows = new float[256][784];
        Random random = new Random(Benchmark.SEED);
        for (float[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextFloat();
            }
        }
        Path export = Files.createTempDirectory("lamina-predict-latency");
        try (BenchNadamModel model = BenchNadamModel.create()) {
            model.exportSavedModel(export.resolve("model"));
            try (SavedModelBundle bundle = SavedModelBundle.loader(
                            SaveDirectory.currentVersion(export.resolve("model")).toString())
                    .withTags("serve").withConfigProto(Engine.options().toConfigProto()).load();
                    TfSessionCall floor = new TfSessionCall(bundle, false);
                    TfSessionCall inline = new TfSessionCall(bundle, true);
                    PyTorchLatency pytorch = PyTorchLatency.start(System.getenv("LAMINA_PYTORCH_LATENCY"))) {
                Predictor lamina = model::predict;
                float[] a = lamina.predict(rows[0]);
                float[] b = floor.predict(rows[0]);
                System.out.printf(Locale.ROOT, "# lamina and tf-session give the same probabilities: %b (%s)%n",
                        Arrays.equals(a, b), Arrays.toString(a));
                measure(rounds, calls, rows, List.of(lamina, floor, inline), pytorch);
                System.out.printf(Locale.ROOT, "PREDICT_ALLOCATION name=lamina bytes_per_call_beyond_result=%.1f%n",
                        allocatedPerCall(lamina, rows) - RESULT_BYTES);
                System.out.printf(Locale.ROOT, "PREDICT_ALLOCATION name=tf-session bytes_per_call_beyond_result=%.1f%n",
                        allocatedPerCall(floor, rows) - RESULT_BYTES);
                System.out.printf(Locale.ROOT, "PREDICT_ALLOCATION name=tf-session-inline bytes_per_call_beyond_result=%.1f%n",
                        allocatedPerCall(inline, rows) - RESULT_BYTES);
            }
        } finally {
            try (Stream<Path> files = Files.walk(export)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void measure(int rounds, int calls, float[][] rows, List<Predictor> java, PyTorchLatency pytorch)
            throws IOException {
        List<String> names = new ArrayList<>(List.of("lamina", "tf-session", "tf-session-inline"));
        if (pytorch != null) {
            names.add("pytorch");
        }
        List<List<Long>> all = new ArrayList<>();
        List<List<Double>> roundMedians = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            all.add(new ArrayList<>());
            roundMedians.add(new ArrayList<>());
        }
        java.forEach(predictor -> time(predictor, rows, WARM_UP_CALLS));
        for (int round = 0; round < rounds; round++) {
            double[] medians = new double[names.size()];
            for (int k = 0; k < names.size(); k++) {
                int i = (round + k) % names.size();
                long[] times = i < java.size() ? time(java.get(i), rows, calls) : pytorch.time(calls);
                for (long t : times) {
                    all.get(i).add(t);
                }
                medians[i] = percentile(times, 0.5);
                roundMedians.get(i).add(medians[i]);
            }
            StringBuilder line = new StringBuilder("PREDICT_ROUND round=" + round);
            for (int i = 0; i < names.size(); i++) {
                line.append(String.format(Locale.ROOT, " %s_p50_us=%.1f", names.get(i), medians[i] / 1e3));
            }
            System.out.println(line);
        }
        for (int i = 0; i < names.size(); i++) {
            long[] times = all.get(i).stream().mapToLong(Long::longValue).toArray();
            System.out.printf(Locale.ROOT, "PREDICT_LATENCY name=%s calls=%d p50_us=%.1f p99_us=%.1f mean_us=%.1f%n",
                    names.get(i), times.length, percentile(times, 0.5) / 1e3, percentile(times, 0.99) / 1e3,
                    Arrays.stream(times).average().orElse(Double.NaN) / 1e3);
        }
        for (int other = 1; other < names.size(); other++) {
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ratios.add(roundMedians.get(0).get(r) / roundMedians.get(other).get(r));
            }
            System.out.printf(Locale.ROOT, "PREDICT_RATIO lamina/%s p50_ratio_median=%.3f min=%.3f max=%.3f rounds=%d%n",
                    names.get(other), Benchmark.median(ratios), Benchmark.min(ratios), Benchmark.max(ratios), rounds);
        }
    }

    private static long[] time(Predictor predictor, float[][] rows, int calls) {
        long[] times = new long[calls];
        for (int i = 0; i < calls; i++) {
            float[] row = rows[i % rows.length];
            long start = System.nanoTime();
            predictor.predict(row);
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    /** The value below which {@code share} of the times lie (nearest rank). */
    static double percentile(long[] times, double share) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /** The heap bytes this thread allocates per call, over {@link #ALLOCATION_CALLS} calls after a warm-up. */
    private static double allocatedPerCall(Predictor predictor, float[][] rows) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        time(predictor, rows, WARM_UP_CALLS);
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < ALLOCATION_CALLS; i++) {
            predictor.predict(rows[i % rows.length]);
        }
        return (threads.getThreadAllocatedBytes(thread) - before) / (double) ALLOCATION_CALLS;
    }

    /** The floor: what someone who knows TensorFlow Java writes for one row on the exported graph. */
    static final class TfSessionCall implements Predictor, AutoCloseable {
        private final Session session;
        private final Output<?> input;
        private final Output<?> output;
        private final TFloat32 row;
        private final FloatDataBuffer rowData;
        /** Null, or RunOptions that run the whole step on the calling thread. */
        private final RunOptions options;

        TfSessionCall(SavedModelBundle bundle, boolean onCallingThread) {
            options = onCallingThread ? RunOptions.newBuilder().setInterOpThreadPool(-1).build() : null;
            session = bundle.session();
            var signature = bundle.metaGraphDef().getSignatureDefMap().get("serving_default");
            input = outputNamed(bundle, signature.getInputsMap().get("x"));
            output = outputNamed(bundle, signature.getOutputsMap().get("probabilities"));
            row = TFloat32.tensorOf(Shape.of(1, 28, 28));
            rowData = row.asRawTensor().data().asFloats();
        }

        private static Output<?> outputNamed(SavedModelBundle bundle, TensorInfo info) {
            String[] nameAndIndex = info.getName().split(":");
            return bundle.graph().operation(nameAndIndex[0]).output(Integer.parseInt(nameAndIndex[1]));
        }

        @Override
        public float[] predict(float[] values) {
            rowData.write(values);
            Session.Runner runner = session.runner().feed(input, row).fetch(output);
            if (options != null) {
                runner.setOptions(options);
            }
            try (Result result = runner.run()) {
                float[] probabilities = new float[10];
                ((TFloat32) result.get(0)).asRawTensor().data().asFloats().read(probabilities);
                return probabilities;
            }
        }

        @Override
        public void close() {
            row.close();
        }
    }

    /** The PyTorch child process; null when no command is given. */
    static final class PyTorchLatency implements AutoCloseable {
        private final Process process;
        private final PrintWriter requests;
        private final BufferedReader answers;

        private PyTorchLatency(Process process) {
            this.process = process;
            requests = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static PyTorchLatency start(String command) throws IOException {
            if (command == null || command.isBlank()) {
                System.out.println("# LAMINA_PYTORCH_LATENCY not set: no PyTorch reference");
                return null;
            }
            Process process = new ProcessBuilder(Arrays.asList(command.trim().split("\\s+")))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            PyTorchLatency pytorch = new PyTorchLatency(process);
            for (String line = pytorch.answers.readLine(); !"ready".equals(line); line = pytorch.answers.readLine()) {
                if (line == null) {
                    throw new IllegalStateException("The PyTorch process ended before it was ready: " + command);
                }
                System.out.println(line);
            }
            return pytorch;
        }

        long[] time(int calls) throws IOException {
            requests.println("calls " + calls);
            String line = answers.readLine();
            if (line == null) {
                throw new IllegalStateException("The PyTorch process ended");
            }
            return Arrays.stream(line.trim().split(" ")).mapToLong(Long::parseLong).toArray();
        }

        @Override
        public void close() throws InterruptedException {
            requests.println("quit");
            process.waitFor();
        }
    }
}
