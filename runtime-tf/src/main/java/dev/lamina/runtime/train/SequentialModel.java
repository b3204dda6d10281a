package dev.lamina.runtime.train;

import dev.lamina.dsl.Defaults;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.TrainTest;
import dev.lamina.runtime.infer.Uncertainty;
import dev.lamina.runtime.io.Replace;
import dev.lamina.runtime.io.SaveManifest;
import dev.lamina.runtime.layer.AlphaDropout;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Dropout;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.layer.Standardize;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import dev.lamina.runtime.summary.ModelSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The base class of every generated model: a stack of layers, the graph and session that own
 * their variables, and {@code fit}, {@code evaluate} and {@code predict} with Keras's semantics.
 * A generated subclass only declares what is specific to its model (layers, forward pass,
 * configuration); everything here is generic and tested once.
 *
 * <p>One training or saving operation at a time: {@code fit}, {@code save}, {@code restore},
 * {@code transferFrom}, {@code exportSavedModel}, {@code adapt} and {@code setWeights} called
 * from another thread while one of them runs fail at once with {@link IllegalStateException};
 * {@code predict}, {@code evaluate} and the other reads wait for a step boundary and see the
 * weights after a whole step; {@code close} stops a running {@code fit} at its next step (see
 * {@link ModelGuard} and docs/training.md). Close the model to release TensorFlow's native memory.
 */
public abstract class SequentialModel implements AutoCloseable {
    /** The graph and session; null before build and after close. */
    private ModelSession session;
    /** The inference-mode passes; made with the session. */
    private Evaluator evaluator;
    /** One example's prediction, with its input tensor; made on the first {@code predict(float[])}. */
    private RowPredictor rowPredictor;
    /** The data checks at the boundary; made with the session. */
    private DataCheck check;
    /** The class names of the data trained on (or of the restored save); empty when the classes have none. */
    private List<String> classNames = List.of();
    /** The gradient-health ops, added to the graph on first use. */
    private HealthProbe probe;
    private Optimizer optimizer;
    private long seed;
    private int epochsCompleted;
    private boolean stopRequested;
    /** Whether the input-standardization statistics have been computed (or restored). */
    private boolean adapted;
    private LearningRate learningRate;
    private final ModelGuard guard = new ModelGuard(() -> config().name());
    private final ModelPersistence saves = new ModelPersistence(this);

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
        learningRate = new LearningRate(config().name(), optimizer.learningRate());
        session = new ModelSession(config(), seed, layers(), this::body, head(), optimizer);
        evaluator = new Evaluator(session);
        check = new DataCheck(config(), session.ops().lossFunction());
    }

    /**
     * A schedule of the learning rate, as declared by {@code @Schedule}; the default trains at the
     * model's {@link #learningRate()}.
     */
    protected LearningRateSchedule schedule() {
        return learningRate.own();
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
        Objects.requireNonNull(save, "save");
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
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        if (options.validationSplit().isPresent()) {
            TrainTest parts = data.splitLast(options.validationSplit().getAsDouble());
            return fit(parts.train(), options.validation(parts.test()));
        }
        try (ModelGuard.Held running = guard.exclusive("fit", ModelGuard.Reentry.NEVER)) {
            saves.forgetRestoredFit();
            return train(data, options, null);
        }
    }

    /**
     * Continues the fit that the restored save was made during (a save {@code ModelCheckpoint}
     * wrote at an epoch's end, before the run was killed): runs the epochs it had left, with its
     * schedule's position and its callbacks' state (best value, patience counters) put back, so
     * that the weights end bit-identical to the uninterrupted fit's. {@code options} must be the
     * saved fit's (epochs, data size and batch size, schedule, callbacks in the same order);
     * anything else fails, naming the difference.
     */
    public final History resume(Dataset data, Fit options) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        if (options.validationSplit().isPresent()) {
            TrainTest parts = data.splitLast(options.validationSplit().getAsDouble());
            return resume(parts.train(), options.validation(parts.test()));
        }
        try (ModelGuard.Held running = guard.exclusive("resume", ModelGuard.Reentry.NEVER)) {
            requireOpen();
            return train(data, options, saves.takeRestoredFit());
        }
    }

    private History train(Dataset data, Fit options, FitResume.Point resumed) {
        requireOpen();
        check.featuresAndTargets(data, "training");
        options.validation().ifPresent(valid -> check.featuresAndTargets(valid, "validation"));
        if (!adapted) {
            adaptTo(data);
        }
        if (!data.classNames().isEmpty()) {
            classNames = data.classNames();
        }
        options.distribution().ifPresent(session::distribute);
        LearningRateSchedule rates = scheduleFor(options);
        List<Callback> callbacks = new ArrayList<>(declaredCallbacks());
        callbacks.addAll(options.callbacks());
        stopRequested = false;
        learningRate.training(rates);
        try {
            return new FitLoop(this, session, evaluator, options, rates, callbacks).run(data, resumed);
        } catch (RuntimeException e) {
            throw session.replication() == null ? e : session.replication().describeFailure(e);
        } finally {
            learningRate.training(null);
        }
    }

    /** The rates of a fit: its constant rate (which becomes the model's), its schedule, or the declared one. */
    private LearningRateSchedule scheduleFor(Fit options) {
        if (options.learningRate().isPresent()) {
            setLearningRate(options.learningRate().getAsDouble());
            return learningRate.own();
        }
        return options.schedule().orElseGet(this::schedule);
    }

    /**
     * The rate a training step takes when no schedule sets it (Keras's
     * {@code optimizer.learning_rate}): the declared one, until {@link #setLearningRate} or
     * {@code Fit.learningRate} changes it.
     */
    public final double learningRate() {
        return learningRate.value();
    }

    /**
     * Sets {@link #learningRate()} from the next step on: what {@code ReduceLROnPlateau} calls
     * between epochs, and {@code Fit.learningRate} before a fit. Refused while a {@code fit} takes
     * its rates from a schedule, which sets every step's rate (Keras refuses the same).
     */
    public final void setLearningRate(double rate) {
        learningRate.set(rate);
    }

    /**
     * Computes the input-standardization statistics (mean and variance per input position) of
     * every {@code @Standardize} layer from {@code data}, as Keras's {@code Normalization.adapt}.
     * The first {@code fit} adapts to its training data when this was not called (or the model
     * not restored from a save, which holds the statistics).
     */
    public final void adapt(Dataset data) {
        Objects.requireNonNull(data, "data");
        try (ModelGuard.Held running = guard.exclusive("adapt", ModelGuard.Reentry.NEVER)) {
            requireOpen();
            adaptTo(data);
        }
    }

    private void adaptTo(Dataset data) {
        checkCompatible(data, "adaptation");
        for (Layer layer : layers()) {
            if (layer instanceof Standardize standardize) {
                float[][] statistics = Standardize.statistics(data);
                session.assign(List.of(standardize.mean(), standardize.variance()), List.of(statistics));
            }
        }
        adapted = true;
    }

    /** Asks {@code fit} to stop after the current step: what a callback calls (Keras's {@code stop_training}). */
    public final void stopTraining() {
        stopRequested = true;
    }

    /** Whether a callback asked to stop the current (or last) fit. */
    public final boolean stopRequested() {
        return stopRequested;
    }

    /** The number of epochs this model has completed over its whole life, across {@code fit} calls. */
    public final int epochsCompleted() {
        return epochsCompleted;
    }

    /** Counts an epoch the fit loop finished. */
    final void epochCompleted() {
        epochsCompleted++;
    }

    /** The current values of every layer variable (Keras's {@code get_weights}), read in one run. */
    public final WeightSnapshot weights() {
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            return new WeightSnapshot(session.read(session.ops().layerWeights()));
        }
    }

    /**
     * Sets every layer variable from {@code snapshot} (Keras's {@code set_weights}), in one run. The
     * snapshot must hold every variable of this model with the right size; nothing is assigned
     * otherwise.
     */
    public final void setWeights(WeightSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        try (ModelGuard.Held running = guard.exclusive("setWeights", ModelGuard.Reentry.ALWAYS)) {
            requireOpen();
            List<Weight> weights = session.ops().layerWeights();
            session.assign(weights, snapshot.valuesOf(weights, config().name()));
        }
    }

    /** The mean loss and the metrics over {@code data}, every layer in inference mode. */
    public final Evaluation evaluate(Dataset data) {
        return evaluate(data, Defaults.BATCH_SIZE);
    }

    /** As {@link #evaluate(Dataset)}, in batches of {@code batchSize} (which does not change the result). */
    public final Evaluation evaluate(Dataset data, int batchSize) {
        Objects.requireNonNull(data, "data");
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            check.featuresAndTargets(data, "evaluation");
            Map<String, Double> logs = evaluator.measure(data, batchSize).logs("");
            double loss = logs.remove("loss");
            return new Evaluation(loss, logs);
        }
    }

    /** The output layer's activations (class probabilities for a softmax output), one row per example. */
    public final float[][] predict(Dataset data) {
        Objects.requireNonNull(data, "data");
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            check.features(data, "prediction");
            return evaluator.predict(data);
        }
    }

    /**
     * The output layer's activations for one example given as its values, flattened row-major
     * (for a {@code 28 × 28} input, 784 values): class probabilities for a softmax output, the
     * predicted values for a regression. The same as the row of a batched prediction.
     */
    public final float[] predict(float[] example) {
        Objects.requireNonNull(example, "example");
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            config().checkExampleLength(example, 0);
            check.row(example, 0, "prediction");
            if (rowPredictor == null) {
                rowPredictor = new RowPredictor(session, config().inputShape());
            }
            return rowPredictor.predict(example);
        }
    }

    /** As {@link #predict(float[])}, for each row of {@code examples}, in batches of the default size. */
    public final float[][] predict(float[][] examples) {
        Objects.requireNonNull(examples, "examples");
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            int size = config().inputSize();
            float[] features = new float[Math.multiplyExact(examples.length, size)];
            for (int i = 0; i < examples.length; i++) {
                config().checkExampleLength(examples[i], i);
                System.arraycopy(examples[i], 0, features, i * size, size);
            }
            check.rows(examples, "prediction");
            return evaluator.predict(features, config().inputShape(), examples.length);
        }
    }

    /**
     * Keras's {@code model.summary()}: per layer its output shape and parameter count, and the
     * totals, trainable and not. Print it: {@code System.out.println(model.summary())}.
     */
    public final ModelSummary summary() {
        return ModelSummary.of(config().name(), config().inputShape(), layers());
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
        Objects.requireNonNull(data, "data");
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            return monteCarlo(data, samples, sampleSeed);
        }
    }

    private Uncertainty monteCarlo(Dataset data, int samples, long sampleSeed) {
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
        Objects.requireNonNull(data, "data");
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            return healthOf(data);
        }
    }

    private GradientHealth healthOf(Dataset data) {
        checkCompatible(data, "the gradient-health batch");
        if (probe == null) {
            TrainingGraph ops = session.ops();
            probe = new HealthProbe(session.newOps().withSubScope("health"), layers(), head(), ops.input(), ops.labels(),
                    ops.lossFunction(), ops.trainableWeights());
        }
        return probe.report(session, data.batches(data.size(), false, 0, 0).iterator().next());
    }

    /**
     * The training step for the layers frozen now, opened for profiling: its graph and op, and
     * runners for single (optionally traced) steps. See {@link StepProfiler}.
     */
    public final StepProfiler profiler() {
        requireOpen();
        return new StepProfiler(session, session.ops().trainingStep(false));
    }

    /** The seed this model was built with. */
    public final long seed() {
        return seed;
    }

    /** The number of optimizer steps taken so far. */
    public final long iterations() {
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            return session.iterations();
        }
    }

    /** The current value of a weight, flattened row-major (a Dense kernel is {@code inputs × units}). */
    public final float[] read(Weight weight) {
        Objects.requireNonNull(weight, "weight");
        try (ModelGuard.Held reading = guard.reading()) {
            requireOpen();
            return session.read(List.of(weight)).get(weight.path());
        }
    }

    /**
     * Saves everything needed to continue training exactly: every variable (weights, moving
     * statistics, optimizer slots, the step counter, the run's seed), the epoch count, the model's
     * learning rate, and for a save made during a {@code fit} where it stood (see {@link #resume});
     * with a manifest naming the variables, their shapes, the optimizer and each file's checksum.
     * Committed atomically (see {@link dev.lamina.runtime.io.SaveDirectory}): at every instant
     * {@code directory} holds the previous save or this one, whole. A directory holding anything
     * else, or a SavedModel export, is refused.
     */
    public final void save(Path directory) {
        save(directory, Replace.SAME_KIND);
    }

    /** As {@link #save(Path)}; with {@link Replace#SAVE_OR_EXPORT} it may also replace an export. */
    public final void save(Path directory, Replace replace) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(replace, "replace");
        try (ModelGuard.Held running = guard.exclusive("save", ModelGuard.Reentry.AT_EPOCH_BOUNDARY)) {
            requireOpen();
            saves.save(directory, replace);
        }
    }

    /**
     * Restores a save made by {@link #save} into this model: afterwards, training continues
     * exactly as the saved run would have. The save is verified first (its checksums, that it
     * was made by a model with the same layers and shapes, and with the same optimizer); nothing
     * is changed if it fails.
     */
    public final void restore(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try (ModelGuard.Held running = guard.exclusive("restore", ModelGuard.Reentry.NEVER)) {
            requireOpen();
            SaveManifest manifest = saves.restore(directory);
            seed = manifest.seed();
            epochsCompleted = manifest.epochsCompleted();
            learningRate.set(manifest.learningRate());
            classNames = manifest.classNames() == null ? List.of() : manifest.classNames();
            adapted = true;
        }
    }

    /**
     * Loads only the layer variables (weights, moving statistics) of a save, leaving this model's
     * optimizer state, step and epoch counters as they are: the way to load a save made with
     * another optimizer, whose training state cannot be resumed here. The save is verified first.
     */
    public final void restoreWeights(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try (ModelGuard.Held running = guard.exclusive("restoreWeights", ModelGuard.Reentry.NEVER)) {
            requireOpen();
            SaveManifest manifest = saves.restoreWeights(directory);
            classNames = manifest.classNames() == null ? List.of() : manifest.classNames();
            adapted = true;
        }
    }

    /**
     * The names of the classes, index {@code k} naming class {@code k}, when the training data
     * had them (text labels read from CSV); saved with the model, so a restored model maps its
     * predictions back to the labels. Empty otherwise.
     */
    public final List<String> classNames() {
        return classNames;
    }

    /**
     * Transfer learning: copies the variables of the {@code reused} layers (kernels, biases, Batch
     * Normalization's moving statistics) from a save of another model into this one, by layer
     * and variable name. Every other variable keeps its value, and the save is only read. The
     * save is verified first (checksums, and that each reused variable is in it with the same
     * shape); nothing is changed if that fails.
     */
    public final void transferFrom(Path save, List<? extends Layer> reused) {
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(reused, "reused");
        try (ModelGuard.Held running = guard.exclusive("transferFrom", ModelGuard.Reentry.NEVER)) {
            requireOpen();
            for (Layer layer : reused) {
                if (!layers().contains(layer)) {
                    throw new IllegalArgumentException(layer + " is not a layer of " + config().name());
                }
            }
            Checkpoints.transfer(session, save, reused.stream().flatMap(layer -> layer.weights().stream()).toList());
        }
    }

    /** Freezes each layer (see {@link Layer#freeze()}): the chapter's "freeze the reused layers". */
    public final void freeze(List<? extends Layer> toFreeze) {
        Objects.requireNonNull(toFreeze, "toFreeze");
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
     * {@code SavedModelBundle.load(SaveDirectory.currentVersion(dir).toString(), "serve")}, and by
     * TensorFlow Serving with {@code dir} as the model's base path (its versions are numbered).
     * Committed atomically, as {@link #save}; a training save at {@code directory} is refused.
     */
    public final void exportSavedModel(Path directory) {
        exportSavedModel(directory, Replace.SAME_KIND);
    }

    /** As {@link #exportSavedModel(Path)}; with {@link Replace#SAVE_OR_EXPORT} it may also replace a training save. */
    public final void exportSavedModel(Path directory, Replace replace) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(replace, "replace");
        try (ModelGuard.Held running = guard.exclusive("exportSavedModel", ModelGuard.Reentry.AT_EPOCH_BOUNDARY)) {
            requireOpen();
            Checkpoints.exportSavedModel(session, directory, replace);
        }
    }

    /**
     * Releases the graph and session. During a {@code fit} on another thread, the fit stops at
     * its next step (returning the epochs it completed; the unfinished one is not counted) and
     * this returns once it has; called from a callback of the fit, the model is released when the
     * fit returns.
     */
    @Override
    public void close() {
        guard.close(this::release);
    }

    /** The guard that serializes this model's operations; the fit loop yields it between steps. */
    final ModelGuard guard() {
        return guard;
    }

    private void release() {
        if (session != null) {
            if (rowPredictor != null) {
                rowPredictor.close();
                rowPredictor = null;
            }
            session.close();
            session = null;
            evaluator = null;
            check = null;
            probe = null;
        }
    }

    /** The model's saves. */
    final ModelPersistence saves() {
        return saves;
    }

    /** The open session. */
    final ModelSession session() {
        requireOpen();
        return session;
    }

    /** The optimizer's kind, as a save records it. */
    final String optimizerKind() {
        return optimizer.getClass().getSimpleName();
    }

    /** The graph's epoch sums, {@code Σ n_b·loss_b} and {@code Σ correct_b}. */
    final double[] epochSums() {
        return session.epochSums();
    }

    private void checkCompatible(Dataset data, String role) {
        config().checkCompatible(data, role);
    }

    private void requireOpen() {
        if (session == null) {
            throw new IllegalStateException(config().name() + " is closed (or was never built: use "
                    + config().name() + "Model.create())");
        }
    }
}
