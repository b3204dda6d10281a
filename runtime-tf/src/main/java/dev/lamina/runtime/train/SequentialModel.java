package dev.lamina.runtime.train;

import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.Batches;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.layer.Standardize;
import dev.lamina.runtime.infer.Uncertainty;
import dev.lamina.runtime.io.SaveDirectory;
import dev.lamina.runtime.io.SaveManifest;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.schedule.ConstantRate;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.Restore;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TType;

/**
 * The base class of every generated model: a stack of layers, the graph and session that own
 * their variables, and {@code fit}, {@code evaluate} and {@code predict} with Keras's semantics.
 * A generated subclass only declares what is specific to its model (layers, forward pass,
 * configuration); everything here is generic and tested once.
 *
 * <p>Not thread-safe. Close it to release TensorFlow's native memory.
 */
public abstract class SequentialModel implements AutoCloseable {
    /** The checkpoint's file prefix inside a save directory. */
    private static final String CHECKPOINT = "variables";

    private Graph graph;
    private Session session;
    private TrainingGraph ops;
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
        long step = iterations();
        TrainingStep trainingStep = ops.trainingStep();
        stopRequested = false;
        if (progress != null) {
            progress.fitStarted();
        }
        callbacks.forEach(callback -> callback.onTrainBegin(this));
        for (int epoch = 0; epoch < options.epochs() && !stopRequested; epoch++) {
            int epochIndex = epoch;
            callbacks.forEach(callback -> callback.onEpochBegin(this, epochIndex));
            Batches batches = data.batches(options.batchSize(), options.shuffle(), seed, epochsCompleted);
            if (progress != null) {
                progress.epochStarted(batches.batchCount());
            }
            Totals totals = new Totals();
            int batchNumber = 0;
            double rate = Double.NaN;
            for (Batch batch : batches) {
                rate = rates.rate(step, epoch);
                double batchLoss = trainStep(trainingStep, batch, rate, totals);
                step++;
                batchNumber++;
                for (Callback callback : callbacks) {
                    callback.onBatchEnd(this, epoch, batchNumber, batchLoss, totals.meanLoss());
                }
                if (progress != null) {
                    progress.batchFinished(epoch, batchNumber, totals.meanLoss());
                }
                if (stopRequested) {
                    break;
                }
            }
            epochsCompleted++;
            Map<String, Double> logs = totals.logs("");
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
        assign(targets, values);
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
        Session.Runner runner = session.runner();
        ops.layerWeights.forEach(weight -> runner.fetch(weight.variable()));
        Map<String, float[]> values = new LinkedHashMap<>();
        try (Result result = runner.run()) {
            for (int i = 0; i < ops.layerWeights.size(); i++) {
                Weight weight = ops.layerWeights.get(i);
                float[] value = new float[Math.toIntExact(weight.shape().size())];
                ((TFloat32) result.get(i)).copyTo(DataBuffers.of(value, false, false));
                values.put(weight.path(), value);
            }
        }
        return new WeightSnapshot(values);
    }

    /**
     * Sets every layer variable from {@code snapshot} (Keras's {@code set_weights}), in one run. The
     * snapshot must hold every variable of this model with the right size; nothing is assigned
     * otherwise.
     */
    public final void setWeights(WeightSnapshot snapshot) {
        requireOpen();
        for (Weight weight : ops.layerWeights) {
            float[] value = snapshot.valueOrNull(weight.path());
            if (value == null || value.length != weight.shape().size()) {
                throw new IllegalArgumentException(config().name() + ": the snapshot has "
                        + (value == null ? "no '" + weight.path() + "'" : value.length + " values for '" + weight.path()
                        + "', which has shape " + weight.shape()) + "; nothing was assigned");
            }
        }
        assign(ops.layerWeights, ops.layerWeights.stream().map(weight -> snapshot.valueOrNull(weight.path())).toList());
    }

    /** Assigns each value to its layer variable, in one run. */
    private void assign(List<Weight> weights, List<float[]> values) {
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
                runner.feed(ops.assignInputs.get(weight), tensor).addTarget(ops.assignOps.get(weight));
            }
            runner.run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
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
        if (samples < 1) {
            throw new IllegalArgumentException("predictMonteCarlo: expected at least 1 sample. Received: " + samples);
        }
        int n = data.size();
        float[][] mean = new float[n][];
        float[][] std = new float[n][];
        float[] entropy = new float[n];
        int[] predicted = new int[n];
        int row = 0;
        long chunk = 0;
        for (Batch batch : data.batches(dev.lamina.dsl.Defaults.BATCH_SIZE, false, 0, 0)) {
            try (TFloat32 x = features(batch);
                    TInt32 count = TInt32.scalarOf(samples);
                    TInt64 seeds = TInt64.vectorOf(sampleSeed, chunk++);
                    Result result = session.runner()
                            .feed(ops.input, x).feed(ops.monteCarloSamples, count).feed(ops.samplingSeed, seeds)
                            .fetch(ops.monteCarlo.mean()).fetch(ops.monteCarlo.std()).fetch(ops.monteCarlo.entropy())
                            .run()) {
                float[][] batchMean = StdArrays.array2dCopyOf((TFloat32) result.get(0));
                float[][] batchStd = StdArrays.array2dCopyOf((TFloat32) result.get(1));
                float[] batchEntropy = StdArrays.array1dCopyOf((TFloat32) result.get(2));
                for (int i = 0; i < batch.size(); i++, row++) {
                    mean[row] = batchMean[i];
                    std[row] = batchStd[i];
                    entropy[row] = batchEntropy[i];
                    predicted[row] = argMax(batchMean[i]);
                }
            }
        }
        return new Uncertainty(mean, std, entropy, predicted, samples);
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            best = values[k] > values[best] ? k : best;
        }
        return best;
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
            probe = new HealthProbe(Ops.create(graph).withSubScope("health"), layers(), head(), ops.input, ops.labels,
                    ops.lossFunction, ops.trainableWeights);
        }
        Batch batch = data.batches(data.size(), false, 0, 0).iterator().next();
        Session.Runner runner = session.runner();
        try (TFloat32 x = features(batch); TInt32 y = labels(batch)) {
            runner.feed(ops.input, x).feed(ops.labels, y);
            List<Operand<TFloat32>> fetches = new ArrayList<>();
            for (int i = 0; i < probe.layers.size(); i++) {
                fetches.addAll(List.of(probe.statistics.get(i)));
                fetches.addAll(probe.gradientNorms.get(i).values());
            }
            fetches.forEach(runner::fetch);
            List<LayerHealth> lines = new ArrayList<>();
            try (Result result = runner.run()) {
                int k = 0;
                for (int i = 0; i < probe.layers.size(); i++) {
                    Layer layer = probe.layers.get(i);
                    double[] s = new double[4];
                    for (int j = 0; j < 4; j++) {
                        s[j] = ((TFloat32) result.get(k++)).getFloat();
                    }
                    Map<String, Double> norms = new LinkedHashMap<>();
                    for (String variable : probe.gradientNorms.get(i).keySet()) {
                        norms.put(variable, (double) ((TFloat32) result.get(k++)).getFloat());
                    }
                    lines.add(new LayerHealth(layer.name(), layer.getClass().getSimpleName(), s[0], s[1], s[2], s[3], norms));
                }
            }
            return new GradientHealth(lines);
        }
    }

    /** The seed this model was built with. */
    public final long seed() {
        return seed;
    }

    /** The number of optimizer steps taken so far. */
    public final long iterations() {
        requireOpen();
        try (Result result = session.runner().fetch(ops.iterations).run()) {
            return ((TInt64) result.get(0)).getLong();
        }
    }

    /** The current value of a weight, flattened row-major (a Dense kernel is {@code inputs × units}). */
    public final float[] read(Weight weight) {
        requireOpen();
        try (Result result = session.runner().fetch(weight.variable()).run()) {
            float[] values = new float[Math.toIntExact(weight.shape().size())];
            ((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    /**
     * Saves everything needed to continue training exactly: every variable (weights, moving
     * statistics, optimizer slots, the step counter, the run's seed), the epoch count, and a
     * manifest with the variables' names and shapes and each file's checksum. Written atomically:
     * a failure leaves any previous save at {@code directory} intact.
     */
    public final void save(Path directory) {
        requireOpen();
        List<SaveManifest.SavedVariable> variables = ops.layerWeights.stream()
                .map(weight -> new SaveManifest.SavedVariable(weight.path(), weight.shape().asArray()))
                .toList();
        SaveManifest manifest = new SaveManifest(SaveManifest.FORMAT, config().name(), seed, epochsCompleted,
                variables, Map.of());
        SaveDirectory.write(directory, staging -> session.save(staging.resolve(CHECKPOINT).toString()), manifest);
    }

    /**
     * Restores a save made by {@link #save} into this model: afterwards, training continues
     * exactly as the saved run would have. The save is verified first (its checksums, and that it
     * was made by a model with the same layers and shapes); nothing is changed if it fails.
     */
    public final void restore(Path directory) {
        requireOpen();
        SaveManifest manifest = SaveDirectory.read(directory);
        checkSameVariables(manifest, directory);
        session.restore(directory.resolve(CHECKPOINT).toString());
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
        SaveManifest manifest = SaveDirectory.read(save);
        Map<String, long[]> saved = new LinkedHashMap<>();
        manifest.variables().forEach(variable -> saved.put(variable.path(), variable.shape()));
        List<Weight> targets = new ArrayList<>();
        for (Layer layer : reused) {
            if (!layers().contains(layer)) {
                throw new IllegalArgumentException(layer + " is not a layer of " + config().name());
            }
            for (Weight weight : layer.weights()) {
                long[] shape = saved.get(weight.path());
                if (shape == null || !Arrays.equals(shape, weight.shape().asArray())) {
                    throw new IllegalArgumentException("Cannot transfer layer '" + layer.name() + "' from "
                            + manifest.model() + "'s save at " + save.toAbsolutePath() + ": "
                            + (shape == null ? "the save has no " + weight.path() + " (it has " + saved.keySet() + ")"
                            : "the save's " + weight.path() + " has shape " + Arrays.toString(shape) + ", this model's "
                            + Arrays.toString(weight.shape().asArray())) + ". Nothing was changed.");
                }
                targets.add(weight);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        // RestoreV2 reads the named tensors of the checkpoint; each is then assigned to the variable
        // of the same path here (a subset of the save: Session.restore would demand all of it).
        Ops tf = Ops.create(graph).withSubScope("transfer");
        String[] names = targets.stream().map(Weight::path).toArray(String[]::new);
        String[] slices = new String[names.length];
        Arrays.fill(slices, "");
        List<Class<? extends TType>> types = new ArrayList<>();
        targets.forEach(target -> types.add(TFloat32.class));
        Restore restore = tf.train.restore(tf.constant(save.resolve(CHECKPOINT).toAbsolutePath().toString()),
                tf.constant(StandardCharsets.UTF_8, names), tf.constant(StandardCharsets.UTF_8, slices), types);
        Session.Runner runner = session.runner();
        for (int i = 0; i < targets.size(); i++) {
            @SuppressWarnings("unchecked")
            Operand<TFloat32> value = (Operand<TFloat32>) restore.tensors().get(i);
            runner.addTarget(tf.assign(targets.get(i).variable(), value));
        }
        runner.run().close();
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
        Signature signature = Signature.builder().key(Signature.DEFAULT_KEY)
                .input("x", ops.input).output("probabilities", ops.probabilities).build();
        SaveDirectory.writeAtomically(directory, staging -> SavedModelBundle.exporter(staging.toString())
                .withSession(session).withSignature(signature).export());
    }

    private void checkSameVariables(SaveManifest manifest, Path directory) {
        List<SaveManifest.SavedVariable> saved = manifest.variables();
        int count = Math.max(saved.size(), ops.layerWeights.size());
        for (int i = 0; i < count; i++) {
            Weight mine = i < ops.layerWeights.size() ? ops.layerWeights.get(i) : null;
            SaveManifest.SavedVariable theirs = i < saved.size() ? saved.get(i) : null;
            if (mine == null || theirs == null || !mine.path().equals(theirs.path())
                    || !Arrays.equals(mine.shape().asArray(), theirs.shape())) {
                String layer = mine != null ? mine.path() : theirs.path();
                throw new IllegalArgumentException("The save at " + directory.toAbsolutePath() + " was made by "
                        + manifest.model() + ", whose layers differ from " + config().name() + "'s at layer '"
                        + layer.substring(0, layer.indexOf('/')) + "': the save has "
                        + (theirs == null ? "nothing" : theirs.path() + " " + Arrays.toString(theirs.shape()))
                        + ", this model has "
                        + (mine == null ? "nothing" : mine.path() + " " + Arrays.toString(mine.shape().asArray()))
                        + ". Nothing was loaded.");
            }
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

    /** Runs one optimizer step and returns the batch's loss. */
    private double trainStep(TrainingStep step, Batch batch, double learningRate, Totals totals) {
        try (TFloat32 x = features(batch);
                TInt32 y = labels(batch);
                TFloat32 lr = TFloat32.scalarOf((float) learningRate);
                Result result = session.runner()
                        .feed(ops.input, x).feed(ops.labels, y).feed(ops.learningRate, lr)
                        .addTarget(step.update())
                        .fetch(step.loss()).fetch(step.correct())
                        .run()) {
            double loss = scalar(result, 0);
            totals.add(batch.size(), loss, scalar(result, 1));
            return loss;
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
