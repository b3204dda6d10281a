package dev.lamina.benchmarks;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.FashionMnist;
import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import dev.lamina.runtime.train.SequentialModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tensorflow.Result;
import org.tensorflow.TensorFlow;
import org.tensorflow.internal.c_api.TF_Buffer;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.KernelDef;
import org.tensorflow.proto.KernelList;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Engine-level levers of the training step (issue 17): whether the native library carries XLA
 * for the CPU, what Grappler's rewrites make of the step (the optimized graph that actually
 * runs), and step times of models built under different session configurations, interleaved.
 */
final class EngineLevers {
    private EngineLevers() {}

    /** The ops and kernels that XLA's auto-clustering needs, as the native library registers them. */
    static void xlaRegistration() {
        List<String> wanted = List.of("XlaLaunch", "_XlaCompile", "_XlaRun", "_XlaMerge", "XlaLaunchV2", "_FusedMatMul",
                "_MklFusedMatMul", "_MklNativeFusedMatMul");
        Map<String, OpDef> ops = new TreeMap<>();
        for (OpDef op : TensorFlow.registeredOpList().getOpList()) {
            ops.put(op.getName(), op);
        }
        System.out.printf(Locale.ROOT, "XLA tensorflow=%s registered_ops=%d%n", TensorFlow.version(), ops.size());
        for (String name : wanted) {
            System.out.printf(Locale.ROOT, "XLA op=%s registered=%s kernels=%s%n", name, ops.containsKey(name),
                    kernels(name));
        }
        Map<String, Integer> byDevice = new TreeMap<>();
        try (TF_Status status = TF_Status.newStatus()) {
            TF_Buffer buffer = tensorflow.TF_GetAllRegisteredKernels(status);
            status.throwExceptionIfNotOK();
            KernelList all = parse(buffer);
            for (KernelDef kernel : all.getKernelList()) {
                byDevice.merge(kernel.getDeviceType(), 1, Integer::sum);
            }
            tensorflow.TF_DeleteBuffer(buffer);
        }
        System.out.printf(Locale.ROOT, "XLA kernels_by_device=%s%n", byDevice);
    }

    private static String kernels(String op) {
        try (TF_Status status = TF_Status.newStatus()) {
            TF_Buffer buffer = tensorflow.TF_GetRegisteredKernelsForOp(op, status);
            status.throwExceptionIfNotOK();
            KernelList list = parse(buffer);
            tensorflow.TF_DeleteBuffer(buffer);
            List<String> devices = new ArrayList<>();
            for (KernelDef kernel : list.getKernelList()) {
                devices.add(kernel.getDeviceType());
            }
            return devices.toString();
        } catch (Exception e) {
            return "error:" + e;
        }
    }

    private static KernelList parse(TF_Buffer buffer) {
        try {
            return KernelList.parseFrom(buffer.data().capacity(buffer.length()).asByteBuffer());
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Nadam model's step as it runs: one traced step with the partition graphs (after Grappler
     * and the graph passes, XLA's clustering included), its op types counted, then the nodes of
     * the listed types printed.
     */
    static void optimizedGraph(int batchSize) throws Exception {
        Dataset train = FashionMnist.load().train();
        try (BenchNadamModel nadam = BenchNadamModel.create();
                TFloat32 x = Profile.features(train, batchSize);
                TInt32 y = Profile.labels(train, batchSize)) {
            printPartitions("lamina-nadam", nadam, x, y, batchSize);
        }
    }

    /** The Nadam step traced at both batch sizes: kernels and their time by type and scope. */
    static void traceNadam() throws Exception {
        Dataset train = FashionMnist.load().train();
        try (BenchNadamModel nadam = BenchNadamModel.create()) {
            for (int batchSize : Benchmark.BATCH_SIZES) {
                Profile.trace("lamina-nadam", Profile.generatedStepper(nadam), train, batchSize);
            }
        }
    }

    /**
     * Where an epoch's step time goes beyond {@code Session.run}: the Nadam model's epoch through
     * {@code fit} (µs per step) against its step alone on tensors made once, alternating, in one JVM.
     * The difference is the host side of a step (the batch's gather and feed, the fit loop), which
     * several steps per {@code Session.run} could at most partly save.
     */
    static void fitVersusRun(int rounds) throws Exception {
        Dataset train = FashionMnist.load().train();
        try (BenchNadamModel nadam = BenchNadamModel.create()) {
            for (int batchSize : Benchmark.BATCH_SIZES) {
                var fit = dev.lamina.runtime.train.Fit.epochs(1).batchSize(batchSize).verbose(false);
                nadam.fit(train, fit);
                int steps = train.size() / batchSize;
                List<Double> epoch = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    long start = System.nanoTime();
                    nadam.fit(train, fit);
                    epoch.add((System.nanoTime() - start) / 1e3 / steps);
                    Profile.stepTimes(Map.of("lamina-nadam-run-alone", Profile.generatedStepper(nadam)), train, batchSize);
                }
                System.out.printf(Locale.ROOT, "FIT lamina-nadam batch=%d fit_us_per_step=%.1f rounds=%s%n", batchSize,
                        Benchmark.median(epoch), epoch);
            }
        }
    }

    static void printPartitions(String name, SequentialModel model, TFloat32 x, TInt32 y, int batchSize) throws Exception {
        Profile.Stepper stepper = Profile.generatedStepper(model);
        RunOptions options = RunOptions.newBuilder().setOutputPartitionGraphs(true).build();
        List<AutoCloseable> toClose = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stepper.runner(x, y, toClose).run().close();
        }
        try (Result result = stepper.runner(x, y, toClose).setOptions(options).runAndFetchMetadata()) {
            RunMetadata metadata = result.getMetadata().orElseThrow();
            int partition = 0;
            for (GraphDef graph : metadata.getPartitionGraphsList()) {
                Map<String, Integer> byType = new TreeMap<>();
                for (NodeDef node : graph.getNodeList()) {
                    byType.merge(node.getOp(), 1, Integer::sum);
                }
                System.out.printf(Locale.ROOT, "PARTITION %s batch=%d partition=%d nodes=%d by_type=%s%n", name, batchSize,
                        partition, graph.getNodeCount(), byType);
                for (NodeDef node : graph.getNodeList()) {
                    String op = node.getOp();
                    if (op.contains("MatMul") || op.contains("Xla") || op.equals("BiasAdd") || op.startsWith("Elu")
                            || op.contains("Fused")) {
                        System.out.printf(Locale.ROOT, "NODE %s %s <- %s%s%n", op, node.getName(), node.getInputList(),
                                node.getAttrMap().containsKey("fused_ops") ? " fused_ops="
                                        + node.getAttrMap().get("fused_ops").getList().getSList() : "");
                    }
                }
                partition++;
            }
        } finally {
            for (AutoCloseable c : toClose) {
                c.close();
            }
        }
    }

    /**
     * Step times of the Nadam model built under each session configuration (a text-format {@code
     * ConfigProto}, the engine's {@link EngineOptions#withSessionConfig}; empty for the default),
     * interleaved in one JVM; then each model's weights after the same steps (same batch, same
     * rate) compared against the first one's. A JIT level turns on XLA's CPU clustering for the
     * process first, which otherwise ignores it.
     */
    static void configs(List<String> configs) throws Exception {
        Dataset train = FashionMnist.load().train();
        if (configs.stream().anyMatch(c -> c.contains("global_jit_level"))) {
            // The session's JIT level applies to CPU clusters only with this process-wide flag.
            System.out.println("XLA cpu_global_jit previously=" + tensorflow.TF_SetTfXlaCpuGlobalJit((byte) 1));
        }
        Map<String, SequentialModel> models = new LinkedHashMap<>();
        try {
            EngineOptions base = Engine.options();
            for (int i = 0; i < configs.size(); i++) {
                ConfigProto.Builder config = ConfigProto.newBuilder();
                com.google.protobuf.TextFormat.merge(configs.get(i), config);
                Engine.configure(base.withSessionConfig(config.build()));
                models.put("c" + i, BenchNadamModel.create());
                System.out.printf(Locale.ROOT, "CONFIG c%d = %s%n", i, Engine.options());
            }
            Engine.configure(base);
            for (int batchSize : Benchmark.BATCH_SIZES) {
                Map<String, Profile.Stepper> steppers = new LinkedHashMap<>();
                models.forEach((k, m) -> steppers.put(k, Profile.generatedStepper(m)));
                Profile.stepTimes(steppers, train, batchSize);
            }
            SequentialModel reference = models.get("c0");
            for (var entry : models.entrySet()) {
                double maxDiff = 0;
                double maxRel = 0;
                var a = reference.weights();
                var b = entry.getValue().weights();
                for (String path : a.paths()) {
                    float[] va = a.get(path);
                    float[] vb = b.get(path);
                    for (int i = 0; i < va.length; i++) {
                        double d = Math.abs(va[i] - vb[i]);
                        maxDiff = Math.max(maxDiff, d);
                        maxRel = Math.max(maxRel, d / Math.max(1e-3, Math.abs(va[i])));
                    }
                }
                System.out.printf(Locale.ROOT, "SAME %s vs c0 max_abs_diff=%.3g max_rel_diff=%.3g (after identical steps)%n",
                        entry.getKey(), maxDiff, maxRel);
            }
        } finally {
            for (SequentialModel m : models.values()) {
                m.close();
            }
        }
    }
}
