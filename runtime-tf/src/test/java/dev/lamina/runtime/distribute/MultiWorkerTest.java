package dev.lamina.runtime.distribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.train.Callback;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.SequentialModel;
import dev.lamina.runtime.train.StepProfiler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The chief (this JVM, task 0) and worker tasks in child JVMs, on loopback ports. */
class MultiWorkerTest {
    private static final Fit ONE_EPOCH_OF_64 = Fit.epochs(1).batchSize(64).verbose(false);

    /** Chief + 2 worker processes (3 replicas) train as one process at the same global batch. */
    @Test
    void twoWorkerProcessesAndTheChiefTrainAsOneProcess() throws Exception {
        Cluster cluster = LocalWorker.loopbackCluster(3);
        Dataset data = ReplicaTestModel.blobs(9 * 64 + 40, 11);
        try (LocalWorker first = LocalWorker.start(cluster, 1); LocalWorker second = LocalWorker.start(cluster, 2);
                SequentialModel one = ReplicaTestModel.plain(); SequentialModel three = ReplicaTestModel.plain()) {
            assertTrue(first.readyLine().contains("/job:worker/task:1 at " + cluster.address(1)), first.readyLine());
            one.fit(data, ONE_EPOCH_OF_64);
            three.fit(data, ONE_EPOCH_OF_64.distribution(Distribution.multiWorker(cluster, Duration.ofSeconds(30))));
            MirroredTest.assertClose(one.weights(), three.weights(), 1e-5);
            assertEquals(one.evaluate(data).loss(), three.evaluate(data).loss(), 1e-5);
        }
    }

    /**
     * On data held in the graph, chief + 2 worker processes train as one process, and a traced
     * step shows what a worker receives: the weights and its share's indices, not its examples
     * (which would add 8 features and a label, 36 bytes, per example of its share of 21).
     */
    @Test
    void workersGatherFromTheirOwnCopiesAndReceiveNoExamples() throws Exception {
        Cluster cluster = LocalWorker.loopbackCluster(3);
        Dataset data = ReplicaTestModel.blobs(9 * 64 + 40, 11);
        try (LocalWorker first = LocalWorker.start(cluster, 1); LocalWorker second = LocalWorker.start(cluster, 2);
                SequentialModel one = ReplicaTestModel.plain(); SequentialModel three = ReplicaTestModel.plain()) {
            one.fit(data, ONE_EPOCH_OF_64);
            three.fit(data, ONE_EPOCH_OF_64.dataInGraph(true)
                    .distribution(Distribution.multiWorker(cluster, Duration.ofSeconds(30))));
            MirroredTest.assertClose(one.weights(), three.weights(), 1e-5);
            long weightBytes = 4L * three.weights().paths().stream().mapToLong(path -> three.weights().get(path).length).sum();
            Map<Integer, Long> received = new TreeMap<>();
            try (TInt32 indices = TInt32.tensorOf(Shape.of(64)); TFloat32 rate = TFloat32.scalarOf(0.01f)) {
                for (int i = 0; i < 64; i++) {
                    indices.setInt(i, i);
                }
                // A traced step's metadata now and then lacks some of a worker's statistics: each task's
                // largest count over a few traced steps (at most 10, until both workers' hold the weights).
                for (int attempt = 0; attempt < 10 && !(received.getOrDefault(1, 0L) >= weightBytes
                        && received.getOrDefault(2, 0L) >= weightBytes); attempt++) {
                    RunMetadata trace = three.profiler().traceResidentStep(indices, rate);
                    Map<Integer, Long> step = new TreeMap<>();
                    StepProfiler.bytesReceivedByDevice(trace).forEach((device, bytes) -> {
                        Matcher task = Pattern.compile("/task:(\\d+)/").matcher(device);
                        assertTrue(task.find(), device);
                        step.merge(Integer.parseInt(task.group(1)), bytes, Long::sum);
                    });
                    step.forEach((task, bytes) -> received.merge(task, bytes, Math::max));
                }
            }
            for (int task = 1; task <= 2; task++) {
                long bytes = received.getOrDefault(task, 0L);
                assertTrue(bytes >= weightBytes, "task " + task + " received " + bytes + " B, less than the weights: " + received);
                // The weights, 21 indices and one scalar: 88 B above the weights; the examples would add 756.
                assertTrue(bytes <= weightBytes + 88 + 64, "task " + task + " received " + bytes + " B: the weights are "
                        + weightBytes + " B, its 21 indices and a scalar 88 B; " + received);
            }
        }
    }

    /** A worker killed mid-epoch makes fit fail within the operation timeout, naming the task and its address. */
    @Test
    void aKilledWorkerFailsTheFitWithinTheTimeoutNamingTheTask() throws Exception {
        Cluster cluster = LocalWorker.loopbackCluster(2);
        Duration timeout = Duration.ofSeconds(5);
        try (LocalWorker worker = LocalWorker.start(cluster, 1); SequentialModel model = ReplicaTestModel.plain()) {
            long[] killedAt = new long[1];
            Callback killer = new Callback() {
                @Override
                public void onBatchEnd(SequentialModel m, int epoch, int batch, double loss, double runningLoss) {
                    if (epoch == 0 && batch == 3) {
                        try {
                            worker.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        killedAt[0] = System.nanoTime();
                    }
                }
            };
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> model.fit(
                    ReplicaTestModel.blobs(20 * 64, 12),
                    ONE_EPOCH_OF_64.callbacks(killer).distribution(Distribution.multiWorker(cluster, timeout))));
            double seconds = (System.nanoTime() - killedAt[0]) / 1e9;
            assertTrue(killedAt[0] != 0, "the worker was killed mid-epoch");
            assertTrue(seconds < timeout.toSeconds() + 5, "failed " + seconds + " s after the kill");
            assertTrue(failure.getMessage().contains("task 1 (" + cluster.address(1) + ")"), failure.getMessage());
        }
    }

    /**
     * A cluster stopped after a save and restarted (new worker processes, new ports) resumes from
     * the save: 1 + 1 epochs equal 2 uninterrupted epochs (one process, which trains as the
     * cluster does: see above).
     */
    @Test
    void aRestartedClusterResumesFromTheSave(@TempDir Path directory) throws Exception {
        Dataset data = ReplicaTestModel.blobs(6 * 64 + 20, 13);
        Path save = directory.resolve("save");
        try (SequentialModel uninterrupted = ReplicaTestModel.plain()) {
            uninterrupted.fit(data, ONE_EPOCH_OF_64);
            uninterrupted.fit(data, ONE_EPOCH_OF_64);
            Cluster first = LocalWorker.loopbackCluster(2);
            try (LocalWorker worker = LocalWorker.start(first, 1); SequentialModel model = ReplicaTestModel.plain()) {
                model.fit(data, ONE_EPOCH_OF_64.distribution(Distribution.multiWorker(first, Duration.ofSeconds(30))));
                model.save(save);
            }
            Cluster restarted = LocalWorker.loopbackCluster(2);
            try (LocalWorker worker = LocalWorker.start(restarted, 1); SequentialModel model = ReplicaTestModel.plain()) {
                model.restore(save);
                model.fit(data, ONE_EPOCH_OF_64.distribution(Distribution.multiWorker(restarted, Duration.ofSeconds(30))));
                assertEquals(2 * 7, model.iterations());
                MirroredTest.assertClose(uninterrupted.weights(), model.weights(), 1e-5);
            }
        }
    }
}
