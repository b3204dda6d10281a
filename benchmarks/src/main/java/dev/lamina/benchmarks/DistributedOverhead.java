package dev.lamina.benchmarks;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.distribute.Cluster;
import dev.lamina.runtime.distribute.Distribution;
import dev.lamina.runtime.distribute.LocalWorker;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.SequentialModel;
import dev.lamina.runtime.train.StepProfiler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The {@code distributed} mode: the time per training step of the Fashion classifier
 * (784-300-100-10, ELU, Adam) on one device, on two virtual devices ({@code mirrored(2)}), and as
 * the chief of 1 and 2 worker processes on loopback; and, from a traced step, the bytes each task
 * receives from the others. Each distributed setting is measured with the batch fed by the chief
 * and with the data held in the graph ({@code Fit.dataInGraph(true)}: each replica gathers its
 * share from its own copy, fed only indices). Synthetic data: what is measured is the
 * distribution's overhead.
 */
final class DistributedOverhead {
    private static final int STEPS = 300;

    private DistributedOverhead() {}

    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    @Optimizer(value = OptimizerKind.ADAM, learningRate = 1e-3)
    interface DistributedNet {
        @Flatten                                  Layer flatten();
        @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
        @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
        @Dense(units = 10, act = SOFTMAX)         Layer output();
    }

    /**
     * With {@code workers} 0: one device and {@code mirrored(2)}; otherwise this process as the
     * chief of {@code workers} worker processes on loopback (one setting per JVM: a TensorFlow
     * server lives as long as its process).
     */
    static void run(int workers, int[] batchSizes) throws Exception {
        List<LocalWorker> started = new ArrayList<>();
        try {
            Cluster cluster = workers > 0 ? LocalWorker.loopbackCluster(workers + 1) : null;
            for (int task = 1; task <= workers; task++) {
                started.add(LocalWorker.start(cluster, task));
            }
            for (int batch : batchSizes) {
                Dataset data = synthetic(STEPS * batch);
                for (boolean dataInGraph : new boolean[] {false, true}) {
                    String source = dataInGraph ? "/data-in-graph" : "";
                    if (workers == 0) {
                        measure("one-device" + source, null, data, batch, dataInGraph);
                        measure("mirrored-2" + source, Distribution.mirrored(2), data, batch, dataInGraph);
                    } else {
                        measure("chief+" + workers + "-workers" + source,
                                Distribution.multiWorker(cluster, Duration.ofSeconds(60)), data, batch, dataInGraph);
                    }
                }
            }
        } finally {
            started.forEach(LocalWorker::close);
        }
    }

    private static void measure(String name, Distribution distribution, Dataset data, int batch, boolean dataInGraph) {
        try (SequentialModel model = DistributedNetModel.create(Benchmark.SEED)) {
            Fit fit = Fit.epochs(1).batchSize(batch).verbose(false).dataInGraph(dataInGraph);
            if (distribution != null) {
                fit = fit.distribution(distribution);
            }
            // 20 steps: the graph's build and partitioning, warm caches, and with the data in the graph
            // its load into every replica's copy, which the timed fit of the same data set reuses.
            model.fit(data, fit.callbacks(new Callback() {
                @Override
                public void onBatchEnd(SequentialModel m, int epoch, int batchNumber, double loss, double runningLoss) {
                    if (batchNumber == 20) {
                        m.stopTraining();
                    }
                }
            }));
            long start = System.nanoTime();
            model.fit(data, fit);
            double stepMs = (System.nanoTime() - start) / 1e6 / Math.ceil((double) data.size() / batch);
            Map<String, Long> received = receivedBytes(model, batch, dataInGraph);
            long total = received.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "DISTRIBUTED setup=%s batch=%d step_ms=%.2f received_bytes=%d by_task=%s%n",
                    name, batch, stepMs, total, received);
        }
    }

    /**
     * Bytes each task received from the others in a traced step (fed a batch, or its indices into
     * the data held in the graph): the tensors of its RecvTensor calls. A traced step's metadata
     * now and then lacks some of a task's statistics: each task's largest count over 5 traced steps.
     */
    private static Map<String, Long> receivedBytes(SequentialModel model, int batch, boolean dataInGraph) {
        Map<String, Long> bytes = new TreeMap<>();
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(batch, 28, 28));
                TFloat32 y = TFloat32.tensorOf(Shape.of(batch, 1));
                TInt32 indices = TInt32.tensorOf(Shape.of(batch));
                TFloat32 rate = TFloat32.scalarOf(1e-3f)) {
            for (int i = 0; i < batch; i++) {
                indices.setInt(i, i);
            }
            for (int attempt = 0; attempt < 5; attempt++) {
                RunMetadata trace = dataInGraph ? model.profiler().traceResidentStep(indices, rate)
                        : model.profiler().traceStep(x, y, rate);
                StepProfiler.bytesReceivedByDevice(trace).forEach((device, received) -> bytes.merge(
                        device.replaceAll(".*/task:(\\d+)/device:(.*)", "task$1/$2"), received, Math::max));
            }
        }
        return bytes;
    }

    private static Dataset synthetic(int examples) {
        Random random = new Random(Benchmark.SEED);
        float[] features = new float[examples * 784];
        for (int i = 0; i < features.length; i++) {
            features[i] = random.nextFloat();
        }
        int[] labels = new int[examples];
        for (int i = 0; i < examples; i++) {
            labels[i] = random.nextInt(10);
        }
        return Dataset.of(features, new long[] {28, 28}, labels);
    }
}
