package dev.lamina.runtime.train;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Batches;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.engine.Engine;
import dev.lamina.runtime.engine.EngineOptions;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.optim.Optimizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt64;

/**
 * A built model's TensorFlow side: the graph with its {@link TrainingGraph} ops, the session that
 * holds the variables, and the conversions between batches and tensors. Owned (and closed) by
 * the {@link SequentialModel}.
 */
final class ModelSession implements AutoCloseable {
    static final RunOptions ON_CALLING_THREAD = RunOptions.newBuilder().setInterOpThreadPool(-1).build();

    private final Graph graph;
    /** Replaced when the model moves to another {@link Replication}'s devices ({@link #distribute}). */
    private Session session;
    /** The replication the session runs under; null on one device. */
    private Replication replication;
    /** What {@link #runner} sets: the calling thread's, for a session on one device when the engine says so; else none. */
    private RunOptions runOptions;
    private final TrainingGraph ops;
    private final long[] batchShape;
    /** The data set held in the graph's {@link ResidentData}, if any. */
    private Dataset resident;

    ModelSession(ModelConfig config, long seed, List<Layer> layers, ForwardPass body, Dense head, Optimizer optimizer) {
        graph = new Graph();
        try {
            ops = new TrainingGraph(Ops.create(graph), config, seed, layers, body, head, optimizer);
            session = Engine.newSession(graph);
            session.initialize();
            runOptions = runOptions(null);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        batchShape = new long[config.inputShape().length + 1];
        System.arraycopy(config.inputShape(), 0, batchShape, 1, batchShape.length - 1);
    }

    /**
     * Moves the model onto {@code target}'s devices, unless it is there already: the variables go
     * through a checkpoint in a temporary directory into a session that has those devices (the
     * virtual CPU devices of a mirrored replication, a cluster's master), and the steps and
     * inference passes built from now on are replicated. Null moves it back to one device.
     */
    void distribute(Replication target) {
        if (java.util.Objects.equals(target, replication)) {
            return;
        }
        Session next = target == null ? Engine.newSession(graph) : target.openSession(graph);
        try {
            Path directory = Files.createTempDirectory("lamina-move");
            try {
                String prefix = directory.resolve("variables").toString();
                session.save(prefix);
                next.initialize();
                next.restore(prefix);
            } finally {
                deleteFlat(directory);
            }
        } catch (IOException | RuntimeException e) {
            next.close();
            throw new IllegalStateException("Could not move the model onto " + target + ": " + e.getMessage(), e);
        }
        session.close();
        session = next;
        replication = target;
        runOptions = runOptions(target);
        resident = null;
        ops.replicate(target);
    }

    /** The options of a run under {@code replication}, null for TensorFlow's defaults (see {@link EngineOptions#callingThread}). */
    private static RunOptions runOptions(Replication replication) {
        return replication == null && Engine.options().callingThread() ? ON_CALLING_THREAD : null;
    }

    /** Deletes a directory of files (a checkpoint's), ignoring what cannot be deleted. */
    private static void deleteFlat(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }

    /** The replication the model runs under; null on one device. */
    Replication replication() {
        return replication;
    }

    /** The model's ops. */
    TrainingGraph ops() {
        return ops;
    }

    /** The graph, for reading (see {@link StepProfiler}). */
    Graph graph() {
        return graph;
    }

    /** The session the model runs in now (another one after {@link #distribute}). */
    Session session() {
        return session;
    }

    /**
     * A runner for one {@code Session.run} of a step, an evaluation or a prediction: on the calling
     * thread where the engine asks for it and the model is on one device.
     */
    Session.Runner runner() {
        Session.Runner runner = session.runner();
        return runOptions == null ? runner : runner.setOptions(runOptions);
    }

    /** The options {@link #runner} runs with (TensorFlow's defaults when it sets none). */
    RunOptions runOptions() {
        return runOptions == null ? RunOptions.getDefaultInstance() : runOptions;
    }

    /** Runs {@code target} for its effect, fetching nothing. */
    void run(Op target) {
        session.run(target);
    }

    /** Writes every saveable variable to the TensorFlow checkpoint {@code prefix}. */
    void saveCheckpoint(String prefix) {
        session.save(prefix);
    }

    /** Restores every saveable variable from the TensorFlow checkpoint {@code prefix}. */
    void restoreCheckpoint(String prefix) {
        session.restore(prefix);
    }

    /** Exports the session's variables and {@code signature} as a SavedModel into {@code directory}. */
    void exportSavedModel(Path directory, Signature signature) throws IOException {
        SavedModelBundle.exporter(directory.toString()).withSession(session).withSignature(signature).export();
    }

    /** Ops on the graph, for parts added after it was built (they hold no variables). */
    Ops newOps() {
        return Ops.create(graph);
    }

    /** The batch's features as a tensor; the batch's array is wrapped, not copied element by element. */
    TFloat32 features(Batch batch) {
        long[] shape = batchShape.clone();
        shape[0] = batch.size();
        return TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(batch.features(), true, false));
    }

    /** The batch's targets as a tensor {@code [batch, width]}, wrapping the batch's array. */
    TFloat32 targets(Batch batch) {
        return TFloat32.tensorOf(Shape.of(batch.size(), batch.targetWidth()), DataBuffers.of(batch.targets(), true, false));
    }

    /**
     * Makes {@code data} the graph's resident training data, unless it already is: one copy of
     * the features into a tensor, then into the graph's variable (the tensor is freed at once), or
     * under a replication into every replica's copy, on its device (see {@link ResidentCopies}):
     * the replicated step on data in the graph is built before.
     */
    void makeResident(Dataset data) {
        if (data == resident) {
            return;
        }
        resident = null;
        long[] shape = batchShape.clone();
        shape[0] = data.size();
        // In chunks of about 1 M values, in the natural order: a batch of the data set each.
        int exampleSize = data.exampleSize();
        Batches chunks = data.batches(Math.max(1, (1 << 20) / exampleSize), false, 0, 0);
        float[] chunk = new float[chunks.batchSize() * exampleSize];
        int width = data.targets().width();
        float[] labels = new float[chunks.batchSize() * width];
        try (TFloat32 features = TFloat32.tensorOf(Shape.of(shape));
                TFloat32 labelTensor = TFloat32.tensorOf(Shape.of(data.size(), width))) {
            FloatDataBuffer featureData = features.asRawTensor().data().asFloats();
            FloatDataBuffer labelData = labelTensor.asRawTensor().data().asFloats();
            for (int index = 0; index < chunks.batchCount(); index++) {
                long from = (long) index * chunks.batchSize();
                int count = chunks.fill(index, chunk, labels);
                featureData.offset(from * exampleSize).write(chunk, 0, count * exampleSize);
                labelData.offset(from * width).write(labels, 0, count * width);
            }
            ResidentData held = ops.residentData();
            session.runner().feed(held.featuresValue, features).feed(held.labelsValue, labelTensor)
                    .addTarget(ops.residentLoad()).run().close();
        }
        resident = data;
    }

    /** The values of {@code weights}, by path, read in one run. */
    Map<String, float[]> read(List<Weight> weights) {
        Session.Runner runner = session.runner();
        weights.forEach(weight -> runner.fetch(weight.variable()));
        Map<String, float[]> values = new LinkedHashMap<>();
        try (Result result = runner.run()) {
            for (int i = 0; i < weights.size(); i++) {
                float[] value = new float[Math.toIntExact(weights.get(i).shape().size())];
                ((TFloat32) result.get(i)).copyTo(DataBuffers.of(value, false, false));
                values.put(weights.get(i).path(), value);
            }
        }
        return values;
    }

    /** Assigns each value to its layer variable, in one run. */
    void assign(List<Weight> weights, List<float[]> values) {
        if (weights.isEmpty()) {
            return;
        }
        List<TFloat32> tensors = new ArrayList<>();
        try {
            Session.Runner runner = session.runner();
            for (int i = 0; i < weights.size(); i++) {
                Weight weight = weights.get(i);
                TFloat32 tensor = TFloat32.tensorOf(weight.shape(), DataBuffers.of(values.get(i), true, false));
                tensors.add(tensor);
                TrainingGraph.Assignment assignment = ops.assignment(weight);
                runner.feed(assignment.value(), tensor).addTarget(assignment.op());
            }
            runner.run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
    }

    /** The graph's epoch sums, {@code Σ n_b·loss_b} then each metric's, read in one run. */
    double[] epochSums() {
        List<Operand<TFloat64>> values = ops.epochMetrics().values;
        Session.Runner runner = session.runner();
        values.forEach(runner::fetch);
        double[] sums = new double[values.size()];
        try (Result result = runner.run()) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] = ((TFloat64) result.get(i)).getDouble();
            }
        }
        return sums;
    }

    long iterations() {
        try (Result result = session.runner().fetch(ops.iterations()).run()) {
            return ((TInt64) result.get(0)).getLong();
        }
    }

    @Override
    public void close() {
        if (replication == null) {
            session.close();
            graph.close();
            return;
        }
        // A session whose master has lost a task can block in TF_CloseSession for minutes, while
        // TensorFlow retries the dead task (and the graph's close waits for its sessions): close
        // them on a daemon thread, and give up after a bound, leaving the memory to the process's exit.
        Thread closer = new Thread(() -> {
            session.close();
            graph.close();
        }, "lamina-session-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(DISTRIBUTED_CLOSE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How long {@link #close} waits for a distributed session to close. */
    private static final long DISTRIBUTED_CLOSE_WAIT_MS = 5_000;
}
