package dev.lamina.runtime.train;

import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Batches;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.optim.Optimizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The base class of every generated model: a stack of layers, the graph and session that own
 * their variables, and {@code fit}, {@code evaluate} and {@code predict} with Keras's semantics.
 * A generated subclass only declares what is specific to its model (layers, forward pass,
 * configuration); everything here is generic and tested once.
 *
 * <p>Not thread-safe. Close it to release TensorFlow's native memory.
 */
public abstract class SequentialModel implements AutoCloseable {
    private Graph graph;
    private Session session;
    private TrainingGraph ops;
    private Optimizer optimizer;
    private long seed;

    protected SequentialModel() {}

    /** The configuration read from {@code @Model}. */
    protected abstract ModelConfig config();

    /** A new optimizer as declared by {@code @Optimizer}; called once, when the model is built. */
    protected abstract Optimizer optimizer();

    /** Every layer, in order, the output layer last. */
    protected abstract List<Layer> layers();

    /** The forward pass through every layer but the output layer. */
    protected abstract Operand<TFloat32> body(Ops tf, Operand<TFloat32> x, Mode mode);

    /** The output layer; the loss is computed from its pre-activation (logits). */
    protected abstract Dense head();

    /** Builds the graph, creates the session and initializes the variables from the declared seed. */
    protected final void build() {
        build(config().seed());
    }

    /**
     * As {@link #build()}, with another seed in place of the declared one: it decides the initial
     * weights, the order of the training examples and every random op.
     */
    protected final void build(long seed) {
        if (graph != null) {
            throw new IllegalStateException(config().name() + " is already built");
        }
        graph = new Graph();
        try {
            optimizer = optimizer();
            this.seed = seed;
            ops = new TrainingGraph(Ops.create(graph), config(), seed, layers(), this::body, head(), optimizer);
            session = new Session(graph);
            session.initialize();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Trains on {@code data} as Keras's {@code fit}: for each epoch, one optimizer step per batch
     * (shuffled from the model's seed and the epoch number), then the validation data, if any, is
     * evaluated. The logged loss is the mean of the batch losses weighted by batch size.
     */
    public final History fit(Dataset data, Fit options) {
        requireOpen();
        checkCompatible(data, "training");
        options.validation().ifPresent(valid -> checkCompatible(valid, "validation"));
        History history = new History();
        RunDirectory run = options.runDirectory().map(RunDirectory::at).orElse(null);
        ProgressDisplay progress = options.verbose() ? ProgressDisplay.standard(options.epochs()) : null;
        if (progress != null) {
            progress.fitStarted();
        }
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Batches batches = data.batches(options.batchSize(), options.shuffle(), seed, epoch);
            if (progress != null) {
                progress.epochStarted(batches.batchCount());
            }
            Totals totals = new Totals();
            int batchNumber = 0;
            for (Batch batch : batches) {
                trainStep(batch, optimizer.learningRate(), totals);
                batchNumber++;
                if (progress != null) {
                    progress.batchFinished(epoch, batchNumber, totals.meanLoss());
                }
            }
            Map<String, Double> logs = totals.logs("");
            options.validation().ifPresent(valid -> logs.putAll(measure(valid, options.batchSize()).logs("val_")));
            history.append(logs);
            if (run != null) {
                run.writeHistory(history);
            }
            if (progress != null) {
                progress.epochFinished(epoch, logs);
            }
        }
        return history;
    }

    /** The mean loss and the metrics over {@code data}, every layer in inference mode. */
    public final Evaluation evaluate(Dataset data) {
        return evaluate(data, dev.lamina.dsl.Defaults.BATCH_SIZE);
    }

    /** As {@link #evaluate(Dataset)}, in batches of {@code batchSize} (which does not change the result). */
    public final Evaluation evaluate(Dataset data, int batchSize) {
        requireOpen();
        checkCompatible(data, "evaluation");
        Map<String, Double> logs = measure(data, batchSize).logs("");
        double loss = logs.remove("loss");
        return new Evaluation(loss, logs);
    }

    /** The output layer's activations (class probabilities for a softmax output), one row per example. */
    public final float[][] predict(Dataset data) {
        requireOpen();
        checkCompatible(data, "prediction");
        float[][] predictions = new float[data.size()][];
        int row = 0;
        for (Batch batch : data.batches(dev.lamina.dsl.Defaults.BATCH_SIZE, false, 0, 0)) {
            try (TFloat32 x = features(batch);
                    Result result = session.runner().feed(ops.input, x).fetch(ops.probabilities).run()) {
                for (float[] values : StdArrays.array2dCopyOf((TFloat32) result.get(0))) {
                    predictions[row++] = values;
                }
            }
        }
        return predictions;
    }

    /** The seed this model was built with. */
    public final long seed() {
        return seed;
    }

    /** The number of optimizer steps taken so far. */
    public final long iterations() {
        requireOpen();
        try (Result result = session.runner().fetch(ops.iterations).run()) {
            return ((org.tensorflow.types.TInt64) result.get(0)).getObject();
        }
    }

    /** The current value of a weight, flattened row-major (a Dense kernel is {@code inputs × units}). */
    public final float[] read(dev.lamina.runtime.layer.Weight weight) {
        requireOpen();
        try (Result result = session.runner().fetch(weight.variable()).run()) {
            float[] values = new float[Math.toIntExact(weight.shape().size())];
            ((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        if (graph != null) {
            graph.close();
        }
        ops = null;
    }

    private void trainStep(Batch batch, double learningRate, Totals totals) {
        try (TFloat32 x = features(batch);
                TInt32 y = labels(batch);
                TFloat32 lr = TFloat32.scalarOf((float) learningRate);
                Result result = session.runner()
                        .feed(ops.input, x).feed(ops.labels, y).feed(ops.learningRate, lr)
                        .addTarget(ops.trainStep)
                        .fetch(ops.trainLoss).fetch(ops.trainCorrect)
                        .run()) {
            totals.add(batch.size(), scalar(result, 0), scalar(result, 1));
        }
    }

    private Totals measure(Dataset data, int batchSize) {
        Totals totals = new Totals();
        for (Batch batch : data.batches(batchSize, false, 0, 0)) {
            try (TFloat32 x = features(batch);
                    TInt32 y = labels(batch);
                    Result result = session.runner()
                            .feed(ops.input, x).feed(ops.labels, y)
                            .fetch(ops.evalLoss).fetch(ops.evalCorrect)
                            .run()) {
                totals.add(batch.size(), scalar(result, 0), scalar(result, 1));
            }
        }
        return totals;
    }

    private TFloat32 features(Batch batch) {
        long[] shape = new long[config().inputShape().length + 1];
        shape[0] = batch.size();
        System.arraycopy(config().inputShape(), 0, shape, 1, shape.length - 1);
        // The batch's array is wrapped, not copied element by element.
        return TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(batch.features(), true, false));
    }

    private static TInt32 labels(Batch batch) {
        return TInt32.tensorOf(Shape.of(batch.size()), DataBuffers.of(batch.labels(), true, false));
    }

    private static double scalar(Result result, int index) {
        return ((TFloat32) result.get(index)).getFloat();
    }

    private void checkCompatible(Dataset data, String role) {
        if (!Arrays.equals(data.exampleShape(), config().inputShape())) {
            throw new IllegalArgumentException(config().name() + " expects " + role + " examples of shape "
                    + Arrays.toString(config().inputShape()) + ". Received: " + Arrays.toString(data.exampleShape()));
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException(config().name() + ": the " + role + " data is empty");
        }
    }

    private void requireOpen() {
        if (session == null) {
            throw new IllegalStateException(config().name() + " is closed (or was never built: use "
                    + config().name() + "Model.create())");
        }
    }

    /** Running sums over an epoch or an evaluation: loss weighted by batch size, and correct predictions. */
    private final class Totals {
        private long examples;
        private double lossSum;
        private double correct;

        void add(int batchSize, double meanLoss, double correctInBatch) {
            examples += batchSize;
            lossSum += meanLoss * batchSize;
            correct += correctInBatch;
        }

        double meanLoss() {
            return lossSum / examples;
        }

        Map<String, Double> logs(String prefix) {
            Map<String, Double> logs = new LinkedHashMap<>();
            logs.put(prefix + "loss", meanLoss());
            if (config().metrics().contains(Metric.ACCURACY)) {
                logs.put(prefix + "accuracy", correct / examples);
            }
            return logs;
        }
    }
}
