package dev.lamina.runtime.train;

import dev.lamina.dsl.Defaults;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Batches;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.AlphaDropout;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Dropout;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.layer.Standardize;
import dev.lamina.runtime.infer.Uncertainty;
import dev.lamina.runtime.io.SaveManifest;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.schedule.ConstantRate;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/**
 * The base class of every generated model: a stack of layers, the graph and session that own
 * their variables, and {@code fit}, {@code evaluate} and {@code predict} with Keras's semantics.
 * A generated subclass only declares what is specific to its model (layers, forward pass,
 * configuration); everything here is generic and tested once.
 *
 * <p>Not thread-safe. Close it to release TensorFlow's native memory.
 */
public abstract class SequentialModel implements AutoCloseable {
    /** What {@link #trainStep} returns when it fetched nothing. */
    private static final double[] NOT_FETCHED = {Double.NaN, Double.NaN};

    /** The graph and session; null before build and after close. */
    private ModelSession session;
    /** The gradient-health ops, added to the graph on first use. */
    private HealthProbe probe;
    private Optimizer optimizer;
    private long seed;
    private int epochsCompleted;
    private boolean stopRequested;
    /** Whether the input-standardization statistics have been computed (or restored). */
    private boolean adapted;

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
        if (session != null) {
            throw new IllegalStateException(config().name() + " is already built");
        }
        optimizer = optimizer();
        this.seed = seed;
        session = new ModelSession(config(), seed, layers(), this::body, head(), optimizer);
    }

    /**
     * A schedule of the learning rate, as declared by {@code @Schedule}; the default keeps the
     * optimizer's declared rate.
     */
    protected LearningRateSchedule schedule() {
        return new ConstantRate(optimizer.learningRate());
    }

    /**
     * Callbacks declared on the model (such as {@code @EarlyStopping}), called before those given
     * to {@code fit}; a new list for each {@code fit}, since callbacks keep state.
     */
    protected List<Callback> declaredCallbacks() {
        return List.of();
    }

    /**
     * The layers this model shares with others by extending the interface that declares them
     * (transfer learning): what {@link #transferFrom(Path)} copies and {@link #freezeReused()}
     * freezes. Empty for a model that reuses nothing.
     */
    public List<Layer> reusedLayers() {
        return List.of();
    }

    /** {@link #transferFrom(Path, List)} for the {@link #reusedLayers()}. */
    public final void transferFrom(Path save) {
        if (reusedLayers().isEmpty()) {
            throw new IllegalStateException(config().name() + " reuses no layers: declare the shared layers in an"
                    + " interface that both models extend, or name the layers: transferFrom(save, layers)");
        }
        transferFrom(save, reusedLayers());
    }

    /** Freezes the {@link #reusedLayers()}: the chapter's first phase of transfer learning. */
    public final void freezeReused() {
        freeze(reusedLayers());
    }

    /**
     * Trains on {@code data} as Keras's {@code fit}: for each epoch, one optimizer step per batch
     * (shuffled from the model's seed and the epoch number, counted over the model's whole
     * life so that a resumed run sees the order an uninterrupted one would), then the validation
     * data, if any, is evaluated. The logged loss is the mean of the batch losses weighted by
     * batch size, including regularization penalties, as Keras logs it; {@code learning_rate} is
     * the rate of the epoch's last step.
     */
    public final History fit(Dataset data, Fit options) {
        requireOpen();
        checkCompatible(data, "training");
        if (!adapted) {
            adapt(data);
        }
        options.validation().ifPresent(valid -> checkCompatible(valid, "validation"));
        LearningRateSchedule rates = options.learningRate().isPresent()
                ? new ConstantRate(options.learningRate().getAsDouble())
                : options.schedule().orElseGet(this::schedule);
        int stepsPerEpoch = (data.size() + options.batchSize() - 1) / options.batchSize();
        rates.start(options.epochs(), stepsPerEpoch, optimizer.learningRate());
        History history = new History();
        RunDirectory run = options.runDirectory().map(RunDirectory::at).orElse(null);
        ProgressDisplay progress = options.verbose() ? ProgressDisplay.standard(options.epochs()) : null;
        List<Callback> callbacks = new ArrayList<>(declaredCallbacks());
        callbacks.addAll(options.callbacks());
        long step = session.iterations();
        TrainingStep trainingStep = session.ops.trainingStep();
        stopRequested = false;
        if (progress != null) {
            progress.fitStarted();
        }
        callbacks.forEach(callback -> callback.onTrainBegin(this));
        boolean batchHooks = callbacks.stream().anyMatch(SequentialModel::implementsBatchEnd);
        if (options.dataInGraph()) {
            session.makeResident(data);
        }
        try (StepFeed feed = stepFeed(data, options); TFloat32 rateTensor = TFloat32.scalarOf(0f)) {
            for (int epoch = 0; epoch < options.epochs() && !stopRequested; epoch++) {
                int epochIndex = epoch;
                callbacks.forEach(callback -> callback.onEpochBegin(this, epochIndex));
                Batches batches = data.batches(options.batchSize(), options.shuffle(), seed, epochsCompleted);
                if (progress != null) {
                    progress.epochStarted(batches.batchCount());
                }
                session.session.run(session.ops.epochMetrics.reset);
                long examples = 0;
                double rate = Double.NaN;
                for (int index = 0; index < batches.batchCount() && !stopRequested; index++) {
                    int batchNumber = index + 1;
                    rate = rates.rate(step, epoch);
                    rateTensor.setFloat((float) rate);
                    examples += feed.load(batches, index);
                    boolean showProgress = progress != null && progress.redrawDue(batchNumber);
                    double[] losses = trainStep(trainingStep, feed, rateTensor, batchHooks || showProgress);
                    step++;
                    double runningLoss = losses[1] / examples;
                    if (batchHooks) {
                        for (Callback callback : callbacks) {
                            callback.onBatchEnd(this, epoch, batchNumber, losses[0], runningLoss);
                        }
                    }
                    if (showProgress) {
                        progress.batchFinished(epoch, batchNumber, runningLoss);
                    }
                }
                epochsCompleted++;
                Map<String, Double> logs = epochLogs(examples);
                options.validation().ifPresent(valid -> logs.putAll(measure(valid, options.batchSize()).logs("val_")));
                logs.put("learning_rate", rate);
                history.append(logs);
                if (run != null) {
                    run.writeHistory(history);
                }
                if (progress != null) {
                    progress.epochFinished(epoch, logs);
                }
                rates.epochEnded(epoch, logs);
                callbacks.forEach(callback -> callback.onEpochEnd(this, epochIndex, Collections.unmodifiableMap(logs)));
            }
        }
        callbacks.forEach(callback -> callback.onTrainEnd(this, history));
        return history;
    }

    /**
     * Computes the input-standardization statistics (mean and variance per input position) of
     * every {@code @Standardize} layer from {@code data}, as Keras's {@code Normalization.adapt}.
     * The first {@code fit} adapts to its training data when this was not called (or the model
     * not restored from a save, which holds the statistics).
     */
    public final void adapt(Dataset data) {
        requireOpen();
        checkCompatible(data, "adaptation");
        List<Weight> targets = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        for (Layer layer : layers()) {
            if (layer instanceof Standardize standardize) {
                float[][] statistics = Standardize.statistics(data);
                targets.add(standardize.mean());
                values.add(statistics[0]);
                targets.add(standardize.variance());
                values.add(statistics[1]);
            }
        }
        session.assign(targets, values);
        adapted = true;
    }

    /** Asks {@code fit} to stop after the current step: what a callback calls (Keras's {@code stop_training}). */
    public final void stopTraining() {
        stopRequested = true;
    }

    /** Whether a callback asked to stop the current (or last) fit. */
    final boolean stopRequested() {
        return stopRequested;
    }

    /** The number of epochs this model has completed over its whole life, across {@code fit} calls. */
    public final int epochsCompleted() {
        return epochsCompleted;
    }

    /** The current values of every layer variable (Keras's {@code get_weights}), read in one run. */
    public final WeightSnapshot weights() {
        requireOpen();
        return new WeightSnapshot(session.read(session.ops.layerWeights));
    }

    /**
     * Sets every layer variable from {@code snapshot} (Keras's {@code set_weights}), in one run. The
     * snapshot must hold every variable of this model with the right size; nothing is assigned
     * otherwise.
     */
    public final void setWeights(WeightSnapshot snapshot) {
        requireOpen();
        List<Weight> weights = session.ops.layerWeights;
        for (Weight weight : weights) {
            float[] value = snapshot.valueOrNull(weight.path());
            if (value == null || value.length != weight.shape().size()) {
                throw new IllegalArgumentException(config().name() + ": the snapshot has "
                        + (value == null ? "no '" + weight.path() + "'" : value.length + " values for '" + weight.path()
                        + "', which has shape " + weight.shape()) + "; nothing was assigned");
            }
        }
        session.assign(weights, weights.stream().map(weight -> snapshot.valueOrNull(weight.path())).toList());
    }

    /** The mean loss and the metrics over {@code data}, every layer in inference mode. */
    public final Evaluation evaluate(Dataset data) {
        return evaluate(data, Defaults.BATCH_SIZE);
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
        for (Batch batch : data.batches(Defaults.BATCH_SIZE, false, 0, 0)) {
            try (TFloat32 x = session.features(batch);
                    Result result = session.session.runner().feed(session.ops.input, x)
                            .fetch(session.ops.inference().probabilities()).run()) {
                for (float[] values : StdArrays.array2dCopyOf((TFloat32) result.get(0))) {
                    predictions[row++] = values;
                }
            }
        }
        return predictions;
    }

    /**
     * Monte Carlo Dropout: {@code samples} stochastic passes per example with the dropout-family
     * layers active and everything else (Batch Normalization included) in inference mode; nothing
     * is updated. Seeded by the model's seed, so the same call gives the same result.
     */
    public final Uncertainty predictMonteCarlo(Dataset data, int samples) {
        return predictMonteCarlo(data, samples, seed);
    }

    /** As {@link #predictMonteCarlo(Dataset, int)}, with its own seed. */
    public final Uncertainty predictMonteCarlo(Dataset data, int samples, long sampleSeed) {
        requireOpen();
        checkCompatible(data, "prediction");
        if (layers().stream().noneMatch(layer -> layer instanceof Dropout || layer instanceof AlphaDropout)) {
            throw new IllegalStateException(config().name() + " has no @Dropout or @AlphaDropout layer: every Monte"
                    + " Carlo pass would give the same prediction. Use predict, or add dropout to the model.");
        }
        return MonteCarloPredictor.predict(session, data, samples, sampleSeed);
    }

    /**
     * The gradient-health report for one batch ({@code data}, all of it, in inference mode): per
     * layer, activation statistics and the norm of the loss's gradient with respect to each
     * weight. The weights are not changed.
     */
    public final GradientHealth gradientHealth(Dataset data) {
        requireOpen();
        checkCompatible(data, "the gradient-health batch");
        if (probe == null) {
            TrainingGraph ops = session.ops;
            probe = new HealthProbe(session.newOps().withSubScope("health"), layers(), head(), ops.input, ops.labels,
                    ops.lossFunction, ops.trainableWeights);
        }
        return probe.report(session, data.batches(data.size(), false, 0, 0).iterator().next());
    }

    /** The seed this model was built with. */
    public final long seed() {
        return seed;
    }

    /** The number of optimizer steps taken so far. */
    public final long iterations() {
        requireOpen();
        return session.iterations();
    }

    /** The current value of a weight, flattened row-major (a Dense kernel is {@code inputs × units}). */
    public final float[] read(Weight weight) {
        requireOpen();
        return session.read(List.of(weight)).get(weight.path());
    }

    /**
     * Saves everything needed to continue training exactly: every variable (weights, moving
     * statistics, optimizer slots, the step counter, the run's seed), the epoch count, and a
     * manifest with the variables' names and shapes and each file's checksum. Written atomically:
     * a failure leaves any previous save at {@code directory} intact.
     */
    public final void save(Path directory) {
        requireOpen();
        Checkpoints.save(session, directory, config().name(), seed, epochsCompleted);
    }

    /**
     * Restores a save made by {@link #save} into this model: afterwards, training continues
     * exactly as the saved run would have. The save is verified first (its checksums, and that it
     * was made by a model with the same layers and shapes); nothing is changed if it fails.
     */
    public final void restore(Path directory) {
        requireOpen();
        SaveManifest manifest = Checkpoints.restore(session, directory, config().name());
        seed = manifest.seed();
        epochsCompleted = manifest.epochsCompleted();
        adapted = true;
    }

    /**
     * Transfer learning: copies the variables of the {@code reused} layers (kernels, biases, Batch
     * Normalization's moving statistics) from a save of another model into this one, by layer
     * and variable name. Every other variable keeps its value, and the save is only read. The
     * save is verified first (checksums, and that each reused variable is in it with the same
     * shape); nothing is changed if that fails.
     */
    public final void transferFrom(Path save, List<? extends Layer> reused) {
        requireOpen();
        for (Layer layer : reused) {
            if (!layers().contains(layer)) {
                throw new IllegalArgumentException(layer + " is not a layer of " + config().name());
            }
        }
        Checkpoints.transfer(session, save, reused.stream().flatMap(layer -> layer.weights().stream()).toList());
    }

    /** Freezes each layer (see {@link Layer#freeze()}): the chapter's "freeze the reused layers". */
    public final void freeze(List<? extends Layer> toFreeze) {
        toFreeze.forEach(Layer::freeze);
    }

    /** Unfreezes every layer of the model. */
    public final void unfreezeAll() {
        layers().forEach(Layer::unfreeze);
    }

    /**
     * Exports a TensorFlow SavedModel for serving: tag {@code serve}, signature
     * {@code serving_default} from input {@code x} (a batch of examples) to output
     * {@code probabilities}, every layer in inference mode. Loadable by
     * {@code SavedModelBundle.load(dir, "serve")}, TensorFlow Serving and Python TensorFlow.
     */
    public final void exportSavedModel(Path directory) {
        requireOpen();
        Checkpoints.exportSavedModel(session, directory);
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
            probe = null;
        }
    }

    /**
     * Runs one optimizer step on the batch loaded in {@code feed}: one {@code Session.run}. With
     * {@code fetchLosses}, returns the batch's loss and the epoch's {@code Σ n_b·loss_b} so far;
     * otherwise fetches nothing and returns NaNs (the epoch's sums stay in the graph).
     */
    private double[] trainStep(TrainingStep step, StepFeed feed, TFloat32 rate, boolean fetchLosses) {
        Session.Runner runner = feed.feed(session.session.runner()).feed(session.ops.learningRate, rate)
                .addTarget(step.update());
        if (!fetchLosses) {
            runner.run().close();
            return NOT_FETCHED;
        }
        try (Result result = runner.fetch(step.loss()).fetch(step.runningLossSum()).run()) {
            return new double[] {scalar(result, 0), ((TFloat64) result.get(1)).getDouble()};
        }
    }

    /** The training step's inputs: the batch's indices into the resident data, or the batch itself. */
    private StepFeed stepFeed(Dataset data, Fit options) {
        TrainingGraph ops = session.ops;
        int largestBatch = Math.min(options.batchSize(), data.size());
        return options.dataInGraph()
                ? new IndexFeed(ops.residentData.indices, largestBatch)
                : new BatchFeed(ops.trainingInput, ops.trainingLabels, data.exampleShape(), data.exampleSize(), largestBatch);
    }

    /** The epoch's {@code loss} (and {@code accuracy}) from the sums the training steps kept in the graph. */
    private Map<String, Double> epochLogs(long examples) {
        double[] sums = epochSums();
        return new Totals(examples, sums[0], sums[1]).logs("");
    }

    /** The graph's epoch sums, {@code Σ n_b·loss_b} and {@code Σ correct_b}. */
    final double[] epochSums() {
        EpochMetrics metrics = session.ops.epochMetrics;
        try (Result result = session.session.runner().fetch(metrics.lossSumValue).fetch(metrics.correctSumValue).run()) {
            return new double[] {((TFloat64) result.get(0)).getDouble(), ((TFloat64) result.get(1)).getDouble()};
        }
    }

    /**
     * Whether {@code callback} overrides {@link Callback#onBatchEnd}: only then does a step fetch
     * its loss (Keras checks the same before calling batch hooks).
     */
    private static boolean implementsBatchEnd(Callback callback) {
        try {
            return callback.getClass().getMethod("onBatchEnd", SequentialModel.class, int.class, int.class, double.class,
                    double.class).getDeclaringClass() != Callback.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("Callback.onBatchEnd exists", e);
        }
    }

    private Totals measure(Dataset data, int batchSize) {
        Totals totals = new Totals();
        TrainingGraph ops = session.ops;
        TrainingGraph.Inference inference = ops.inference();
        Batches batches = data.batches(batchSize, false, 0, 0);
        try (StepFeed feed = new BatchFeed(ops.input, ops.labels, data.exampleShape(), data.exampleSize(),
                Math.min(batchSize, data.size()))) {
            for (int index = 0; index < batches.batchCount(); index++) {
                int size = feed.load(batches, index);
                try (Result result = feed.feed(session.session.runner())
                        .fetch(inference.loss()).fetch(inference.correct())
                        .run()) {
                    totals.add(size, scalar(result, 0), scalar(result, 1));
                }
            }
        }
        return totals;
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

    /** Sums over an epoch or an evaluation: loss weighted by batch size, and correct predictions. */
    private final class Totals {
        private long examples;
        private double lossSum;
        private double correct;

        Totals() {}

        Totals(long examples, double lossSum, double correct) {
            this.examples = examples;
            this.lossSum = lossSum;
            this.correct = correct;
        }

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
            if (config().metrics().contains(Metric.ACCURACY) && session.ops.lossFunction.hasAccuracy()) {
                logs.put(prefix + "accuracy", correct / examples);
            }
            return logs;
        }
    }
}
