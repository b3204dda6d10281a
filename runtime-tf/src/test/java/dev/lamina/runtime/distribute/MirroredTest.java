package dev.lamina.runtime.distribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.SequentialModel;
import dev.lamina.runtime.train.WeightSnapshot;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Mirrored replicas over two virtual CPU devices against one device at the same global batch. */
class MirroredTest {
    private static final Fit ONE_EPOCH_OF_64 = Fit.epochs(1).batchSize(64).verbose(false);

    /**
     * 20 steps of 64 (the last one 37 examples, split 19 + 18): every weight within 1e-5 of the
     * single-device run, relative to its largest value; evaluation and prediction agree too.
     */
    @Test
    void twoReplicasTrainAsOneDeviceAtTheSameGlobalBatch() {
        Dataset data = ReplicaTestModel.blobs(19 * 64 + 37, 1);
        Dataset test = ReplicaTestModel.blobs(301, 2);
        try (SequentialModel one = ReplicaTestModel.plain(); SequentialModel two = ReplicaTestModel.plain()) {
            one.fit(data, ONE_EPOCH_OF_64);
            two.fit(data, ONE_EPOCH_OF_64.distribution(Distribution.mirrored(2)));
            assertEquals(20, two.iterations());
            assertClose(one.weights(), two.weights(), 1e-5);
            Evaluation expected = one.evaluate(test);
            Evaluation replicated = two.evaluate(test);
            assertEquals(expected.loss(), replicated.loss(), 1e-5 * expected.loss());
            assertEquals(expected.metrics().get("accuracy"), replicated.metrics().get("accuracy"), 1e-9);
            float[][] p = one.predict(test);
            float[][] q = two.predict(test);
            assertEquals(p.length, q.length);
            for (int i = 0; i < p.length; i++) {
                assertArrayEquals(p[i], q[i], 1e-5f, "prediction " + i);
            }
        }
    }

    /** A last batch of one example, fewer than the replicas, trains on one device: the same step. */
    @Test
    void aBatchSmallerThanTheReplicaCountTrainsOnOneDevice() {
        Dataset data = ReplicaTestModel.blobs(2 * 64 + 1, 3);
        try (SequentialModel one = ReplicaTestModel.normalizedWithDropout();
                SequentialModel two = ReplicaTestModel.normalizedWithDropout()) {
            one.fit(data, ONE_EPOCH_OF_64.shuffle(false));
            two.fit(data, ONE_EPOCH_OF_64.shuffle(false).distribution(Distribution.mirrored(2)));
            assertEquals(3, two.iterations());
            two.weights().paths().forEach(path -> {
                for (float value : two.weights().get(path)) {
                    assertTrue(Float.isFinite(value), path + " is finite");
                }
            });
        }
    }

    /**
     * Batch Normalization (per-replica statistics, averaged moving statistics) and dropout (a
     * mask per replica) train to the single device's accuracy within noise, and the moving mean
     * stays close to the single device's.
     */
    @Test
    void normalizedDropoutModelReachesTheSingleDeviceAccuracy() {
        Dataset data = ReplicaTestModel.blobs(2048, 4);
        Dataset test = ReplicaTestModel.blobs(1000, 5);
        Fit fit = Fit.epochs(4).batchSize(64).verbose(false);
        try (SequentialModel one = ReplicaTestModel.normalizedWithDropout();
                SequentialModel two = ReplicaTestModel.normalizedWithDropout()) {
            one.fit(data, fit);
            two.fit(data, fit.distribution(Distribution.mirrored(2)));
            double expected = one.evaluate(test).metrics().get("accuracy");
            double replicated = two.evaluate(test).metrics().get("accuracy");
            assertTrue(expected > 0.7, "the single device learns: " + expected);
            // Two runs of 1,000 test examples at p ≈ 0.8: a standard error of about 0.013 each.
            assertEquals(expected, replicated, 0.04, "accuracy, one device " + expected + " vs two replicas " + replicated);
            float[] mean = one.weights().get("bn1/moving_mean");
            float[] replicatedMean = two.weights().get("bn1/moving_mean");
            for (int i = 0; i < mean.length; i++) {
                assertEquals(mean[i], replicatedMean[i], 0.1 + 0.1 * Math.abs(mean[i]), "moving mean " + i);
            }
        }
    }

    /** Dropout draws per replica from the run's seed: the same replicated run twice gives the same weights. */
    @Test
    void replicatedDropoutIsReproducible() {
        Dataset data = ReplicaTestModel.blobs(256, 6);
        Supplier<WeightSnapshot> run = () -> {
            try (SequentialModel model = ReplicaTestModel.normalizedWithDropout()) {
                model.fit(data, ONE_EPOCH_OF_64.distribution(Distribution.mirrored(2)));
                return model.weights();
            }
        };
        WeightSnapshot first = run.get();
        WeightSnapshot second = run.get();
        first.paths().forEach(path -> assertArrayEquals(first.get(path), second.get(path), path));
    }

    /**
     * Each replica's forward and backward pass runs on its own device: the two devices execute the
     * same matrix products (3 forward, 5 backward: each kernel's gradient and the input gradients
     * of the two upper layers), and the sum of the replicas' kernel gradients runs where the
     * variables are. Without the placement of the gradient ops, every backward product ran on CPU:0.
     */
    @Test
    void eachReplicaRunsItsForwardAndBackwardPassOnItsDevice() {
        try (SequentialModel model = ReplicaTestModel.plain()) {
            model.fit(ReplicaTestModel.blobs(64, 7), ONE_EPOCH_OF_64.distribution(Distribution.mirrored(2)));
            Map<String, Integer> products = new TreeMap<>();
            Set<String> replica0 = new HashSet<>();
            Set<String> replica1 = new HashSet<>();
            try (TFloat32 x = TFloat32.tensorOf(Shape.of(8, ReplicaTestModel.INPUTS));
                    TFloat32 y = TFloat32.tensorOf(Shape.of(8, 1));
                    TFloat32 rate = TFloat32.scalarOf(0.01f)) {
                RunMetadata trace = model.profiler().traceStep(x, y, rate);
                trace.getStepStats().getDevStatsList().forEach(stats -> stats.getNodeStatsList().forEach(node -> {
                    String device = stats.getDevice().substring(stats.getDevice().lastIndexOf(':') - 3);
                    if (node.getTimelineLabel().contains("MatMul(")) {
                        products.merge(device, 1, Integer::sum);
                    }
                    // Leave out the transfers TensorFlow adds between devices (…/_23: a send of a replica's result).
                    if (node.getNodeName().substring(node.getNodeName().lastIndexOf('/') + 1).startsWith("_")) {
                        return;
                    }
                    if (node.getNodeName().contains("replica_0/")) {
                        replica0.add(device);
                    } else if (node.getNodeName().contains("replica_1/")) {
                        replica1.add(device);
                    }
                }));
            }
            assertEquals(Set.of("CPU:0"), replica0);
            assertEquals(Set.of("CPU:1"), replica1);
            assertEquals(Map.of("CPU:0", 8, "CPU:1", 8), products, "matrix products per device");
        }
    }

    /**
     * With the data held in the graph, each replica gathers its share from its own copy: 20 steps
     * (the last of 37 examples, split 19 + 18) match one device, on data in the graph or fed, within 1e-5.
     */
    @Test
    void replicasOnDataHeldInTheGraphTrainAsOneDevice() {
        Dataset data = ReplicaTestModel.blobs(19 * 64 + 37, 1);
        try (SequentialModel fed = ReplicaTestModel.plain(); SequentialModel resident = ReplicaTestModel.plain();
                SequentialModel two = ReplicaTestModel.plain()) {
            fed.fit(data, ONE_EPOCH_OF_64);
            resident.fit(data, ONE_EPOCH_OF_64.dataInGraph(true));
            two.fit(data, ONE_EPOCH_OF_64.dataInGraph(true).distribution(Distribution.mirrored(2)));
            assertEquals(20, two.iterations());
            assertClose(resident.weights(), two.weights(), 1e-5);
            assertClose(fed.weights(), two.weights(), 1e-5);
        }
    }

    /**
     * On data in the graph, a last batch of one example (fewer than the replicas) trains on one
     * device from replica 0's copy, and a second data set replaces every replica's copy: the same
     * steps as one device.
     */
    @Test
    void replicaCopiesServeASmallLastBatchAndAreReplacedByTheNextDataSet() {
        Dataset first = ReplicaTestModel.blobs(3 * 64 + 1, 3);
        Dataset second = ReplicaTestModel.blobs(2 * 64 + 10, 4);
        Fit resident = ONE_EPOCH_OF_64.dataInGraph(true).distribution(Distribution.mirrored(2));
        try (SequentialModel one = ReplicaTestModel.plain(); SequentialModel two = ReplicaTestModel.plain()) {
            one.fit(first, ONE_EPOCH_OF_64);
            one.fit(second, ONE_EPOCH_OF_64);
            two.fit(first, resident);
            two.fit(second, resident);
            assertEquals(4 + 3, two.iterations());
            assertClose(one.weights(), two.weights(), 1e-5);
        }
    }

    /**
     * On data in the graph, each replica's device gathers the replica's share of the batch
     * (features and labels) from a copy held on that device under a shared name of its own: only
     * the indices cross devices. Before, both gathers ran on CPU:0, from the one copy there.
     */
    @Test
    void eachReplicaGathersItsShareFromItsOwnCopyOnItsDevice() {
        try (SequentialModel model = ReplicaTestModel.plain()) {
            model.fit(ReplicaTestModel.blobs(64, 7), ONE_EPOCH_OF_64.dataInGraph(true).distribution(Distribution.mirrored(2)));
            Graph graph = model.profiler().graph();
            Map<String, Integer> gathers = new TreeMap<>();
            Map<String, Set<String>> copies = new TreeMap<>();
            try (TInt32 indices = TInt32.vectorOf(0, 1, 2, 3, 4, 5, 6, 7); TFloat32 rate = TFloat32.scalarOf(0.01f)) {
                RunMetadata trace = model.profiler().traceResidentStep(indices, rate);
                trace.getStepStats().getDevStatsList().forEach(stats -> stats.getNodeStatsList().forEach(node -> {
                    GraphOperation op = graph.operation(node.getNodeName());
                    if (op == null || !op.type().equals("ResourceGather")) {
                        return;
                    }
                    String device = stats.getDevice().substring(stats.getDevice().lastIndexOf(':') - 3);
                    gathers.merge(device, 1, Integer::sum);
                    GraphOperation handle = (GraphOperation) op.input(0).op();
                    assertEquals("VarHandleOp", handle.type(), node.getNodeName());
                    assertTrue(handle.device().endsWith(device), handle.name() + " on " + handle.device() + ", gathered on " + device);
                    copies.computeIfAbsent(device, d -> new HashSet<>()).add(handle.attributes().getAttrString("shared_name"));
                }));
            }
            assertEquals(Map.of("CPU:0", 2, "CPU:1", 2), gathers, "gathers per device");
            assertEquals(2, copies.get("CPU:1").size());
            assertTrue(Collections.disjoint(copies.get("CPU:0"), copies.get("CPU:1")), copies.toString());
        }
    }

    /** Each weight of {@code actual} within {@code relative} of {@code expected}'s largest magnitude. */
    static void assertClose(WeightSnapshot expected, WeightSnapshot actual, double relative) {
        assertEquals(expected.paths(), actual.paths());
        for (String path : expected.paths()) {
            float[] a = expected.get(path);
            float[] b = actual.get(path);
            double scale = 0;
            double worst = 0;
            for (int i = 0; i < a.length; i++) {
                scale = Math.max(scale, Math.abs(a[i]));
                worst = Math.max(worst, Math.abs(a[i] - b[i]));
            }
            assertTrue(worst <= relative * scale, path + ": largest difference " + worst + " against a scale of " + scale);
        }
    }
}
