package dev.lamina.runtime.train;

import dev.lamina.dsl.Metric;
import dev.lamina.runtime.layer.Activations;
import dev.lamina.runtime.layer.BuildContext;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.Mode;
import dev.lamina.runtime.layer.Weight;
import dev.lamina.runtime.optim.Optimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tensorflow.DevicePlacement;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TType;

/**
 * The graph of a model: its inputs, the forward pass once per mode (sharing the same variables),
 * the loss and accuracy of each, and a training step for each set of frozen layers it has been
 * asked for (built on first use; the step with nothing frozen is built with the graph, so that
 * every optimizer slot exists before anything is saved).
 */
final class TrainingGraph {
    private final Placeholder<TFloat32> input;
    /** The fed batch's targets, {@code [batch, width]}: class indices, 0/1 labels or real values. */
    private final Placeholder<TFloat32> labels;
    /** The training data when it is held in the graph ({@link Fit#dataInGraph}). */
    private final ResidentData residentData;
    /**
     * The training step's features and labels: fed with a batch, or, when not fed, gathered from
     * the {@link #residentData} at the fed indices.
     */
    private final Operand<TFloat32> trainingInput;
    private final Operand<TFloat32> trainingLabels;
    /** The learning rate of the step being run: a graph input, so schedules need no rebuild. */
    private final Placeholder<TFloat32> learningRate;
    private final Variable<TInt64> iterations;
    /** The seed of one Monte Carlo sample's random ops, fed for each sample. */
    private final Operand<TInt64> samplingSeed;
    /** Every trainable variable (frozen or not). */
    private final List<Weight> trainableWeights;
    /** Every layer variable (trainable or state), in layer order: what a weight snapshot holds. */
    private final List<Weight> layerWeights;
    /** For each layer variable, the placeholder and op that assign it a value. */
    private final Map<Weight, Assignment> assignments = new LinkedHashMap<>();
    private final LossFunction lossFunction;
    /** The declared metrics this loss measures, in order. */
    private final List<Metric> metrics;
    /** The forward pass with its loss, for the training steps and the inference passes. */
    private final ModelPass modelPass;
    /** The epoch's loss and correct-count sums, added to by every training step. */
    private final EpochMetrics epochMetrics;

    private final Ops tf;
    private final BuildContext context;
    private final List<Layer> layers;
    private final ForwardPass body;
    private final Dense head;
    private final Optimizer optimizer;
    /** The training step for each set of frozen layer names, replication and source of examples. */
    private final Map<StepKey, TrainingStep> steps = new HashMap<>();
    /** Each replication's copies of the resident data, one per replica; made by its first step on them. */
    private final Map<Replication, ResidentCopies> residentCopies = new HashMap<>();
    /** The inference-mode ops for each replication (the null key: one device); built on first use. */
    private final Map<Replication, Inference> inferences = new HashMap<>();
    /** How steps and inference passes are spread over devices; null on one device. */
    private Replication replication;

    /** Built on first use: training and start-up do not need it. */
    private MonteCarlo monteCarlo;

    /**
     * @param seed the seed of the initial weights
     * @param layers every layer, the output layer last
     * @param body the forward pass through every layer but the output layer
     * @param head the output layer
     */
    TrainingGraph(Ops tf, ModelConfig config, long seed, List<Layer> layers, ForwardPass body, Dense head, Optimizer optimizer) {
        long[] batchShape = new long[config.inputShape().length + 1];
        batchShape[0] = -1;
        System.arraycopy(config.inputShape(), 0, batchShape, 1, config.inputShape().length);
        input = tf.withName("input").placeholder(TFloat32.class, Placeholder.shape(Shape.of(batchShape)));
        labels = tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1)));
        residentData = new ResidentData(tf.withSubScope("resident_data"), batchShape);
        trainingInput = tf.withName("training_input").placeholderWithDefault(residentData.batchFeatures, Shape.of(batchShape));
        trainingLabels = tf.withName("training_labels").placeholderWithDefault(residentData.batchLabels, Shape.of(-1, -1));
        learningRate = tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

        this.tf = tf;
        this.layers = List.copyOf(layers);
        this.body = body;
        this.head = head;
        this.optimizer = optimizer;
        context = new BuildContext(tf, seed);
        iterations = context.iterations();
        samplingSeed = context.samplingSeed();
        for (Layer layer : layers) {
            layer.build(context);
        }
        layerWeights = layers.stream().flatMap(layer -> layer.weights().stream()).toList();
        trainableWeights = layerWeights.stream().filter(Weight::trainable).toList();
        Ops assign = tf.withSubScope("assign");
        for (Weight weight : layerWeights) {
            Placeholder<TFloat32> value = assign.placeholder(TFloat32.class, Placeholder.shape(weight.shape()));
            assignments.put(weight, new Assignment(value, assign.assign(weight.variable(), value)));
        }

        lossFunction = new LossFunction(config.loss(), config.target(), head.activation(), head.units(), config.inputSize());
        metrics = lossFunction.measured(config.metrics(), config.name());
        epochMetrics = new EpochMetrics(tf.withSubScope("epoch_metrics"), metrics);
        modelPass = new ModelPass(context, this.layers, body, head, lossFunction, metrics);

        StepKey unfrozen = new StepKey(Set.of(), null, StepData.BATCH);
        steps.put(unfrozen, buildStep(unfrozen));
    }

    /** The batch of examples fed to evaluation, prediction and the probes. */
    Placeholder<TFloat32> input() {
        return input;
    }

    /** The targets of the batch fed to {@link #input()}, {@code [batch, width]}. */
    Placeholder<TFloat32> labels() {
        return labels;
    }

    /** The training step's features: fed with a batch, or gathered from the resident data. */
    Operand<TFloat32> trainingInput() {
        return trainingInput;
    }

    Operand<TFloat32> trainingLabels() {
        return trainingLabels;
    }

    ResidentData residentData() {
        return residentData;
    }

    /**
     * The op that loads the values fed to {@link #residentData}'s placeholders where the current
     * replication's steps read them: the graph's own copy on one device, every replica's copy
     * under a replication (made by the replicated step on data in the graph, built before).
     */
    Op residentLoad() {
        return replication == null ? residentData.load : residentCopies(replication).load();
    }

    private ResidentCopies residentCopies(Replication over) {
        return residentCopies.computeIfAbsent(over, key -> new ResidentCopies(tf.withSubScope("resident_copies"),
                residentData));
    }

    Placeholder<TFloat32> learningRate() {
        return learningRate;
    }

    /** The optimizer's momentum input, when it cycles its momentum (see {@code Optimizer.withMomentumCycling}). */
    java.util.Optional<org.tensorflow.op.core.PlaceholderWithDefault<org.tensorflow.types.TFloat64>> momentum() {
        return optimizer.momentumInput();
    }

    Variable<TInt64> iterations() {
        return iterations;
    }

    Operand<TInt64> samplingSeed() {
        return samplingSeed;
    }

    /** Every trainable variable, frozen or not. */
    List<Weight> trainableWeights() {
        return trainableWeights;
    }

    /** Every layer variable (trainable or state), in layer order. */
    List<Weight> layerWeights() {
        return layerWeights;
    }

    /** The placeholder and op that assign {@code weight} a value. */
    Assignment assignment(Weight weight) {
        return assignments.get(weight);
    }

    /**
     * Assigns a fed value to one layer variable.
     *
     * @param value the placeholder fed the new value
     * @param op the assignment
     */
    record Assignment(Placeholder<TFloat32> value, Op op) {}

    LossFunction lossFunction() {
        return lossFunction;
    }

    /** The declared metrics this model measures, in order (their sums follow the loss's in the epoch sums). */
    List<Metric> metrics() {
        return metrics;
    }

    EpochMetrics epochMetrics() {
        return epochMetrics;
    }

    /**
     * The training step for the layers frozen now under the current replication, built the first
     * time it is asked for.
     *
     * @param residentData whether the step's examples are gathered from data held in the graph (fed
     *     their indices) rather than fed; on one device both run the same step
     */
    TrainingStep trainingStep(boolean residentData) {
        return step(replication, replication != null && residentData ? StepData.REPLICA_COPIES : StepData.BATCH);
    }

    /**
     * {@link #trainingStep} on one device, whatever the current replication: for a batch with
     * fewer examples than replicas. Under a replication, data in the graph is gathered from
     * replica 0's copy, the current replication's only copies.
     */
    TrainingStep unreplicatedTrainingStep(boolean residentData) {
        if (replication == null || !residentData) {
            return step(null, StepData.BATCH);
        }
        trainingStep(true); // makes the copies, replica 0's among them
        return step(replication, StepData.FIRST_REPLICA_COPY);
    }

    private TrainingStep step(Replication over, StepData data) {
        Set<String> frozen = layers.stream().filter(Layer::isFrozen).map(Layer::name).collect(Collectors.toSet());
        return steps.computeIfAbsent(new StepKey(frozen, over, data), this::buildStep);
    }

    /**
     * A training step's identity: the frozen layers, the replication (null: one device) and where
     * its examples come from.
     */
    private record StepKey(Set<String> frozen, Replication replication, StepData data) {}

    /** Where a training step's examples come from. */
    private enum StepData {
        /**
         * {@link #trainingInput} and {@link #trainingLabels}: the fed batch (split across the
         * replicas by the chief), or, on one device, the batch gathered from the graph's own copy.
         */
        BATCH,
        /** Each replica's share, gathered from the replica's own copy at its share of the fed indices. */
        REPLICA_COPIES,
        /** One device's pass over the batch gathered from replica 0's copy. */
        FIRST_REPLICA_COPY
    }

    /** Builds the training steps and inference passes asked for from now on with {@code replication} (null: one device). */
    void replicate(Replication replication) {
        this.replication = replication;
    }

    /**
     * One training step with {@code frozen} layers left out: the forward pass in training mode (a
     * frozen Batch Normalization layer in inference mode), the loss, the gradients with respect
     * to the other layers' variables only, the optimizer's update (which waits for every
     * gradient), the layers' state updates, then the constraints, which must see the updated
     * weights; and the epoch metrics' sums.
     */
    private TrainingStep buildStep(StepKey key) {
        Set<String> frozen = key.frozen();
        List<Weight> trainable = layers.stream().filter(layer -> !frozen.contains(layer.name()))
                .flatMap(layer -> layer.weights().stream()).filter(Weight::trainable).toList();
        if (trainable.isEmpty()) {
            throw new IllegalStateException("Every layer with weights is frozen: there is nothing to train."
                    + " Unfreeze a layer (layer.unfreeze()) before calling fit.");
        }
        Ops training = tf.withSubScope("training");
        Replication over = key.data() == StepData.FIRST_REPLICA_COPY ? null : key.replication();
        PassOutputs pass = switch (key.data()) {
            case BATCH -> modelPass.over(training, trainingInput, trainingLabels, Mode.TRAINING, over);
            case REPLICA_COPIES -> modelPass.over(training, residentData.indices, residentCopies(over), Mode.TRAINING, over);
            case FIRST_REPLICA_COPY -> {
                ReplicaData.Examples gathered = residentCopies(key.replication()).gatherOnFirstReplica(residentData.indices);
                yield modelPass.over(training, gathered.features(), gathered.labels(), Mode.TRAINING, null);
            }
        };
        // The batch's size, for the epoch's sums: the fed indices' where no op gathers the whole batch.
        Operand<? extends TType> batch = key.data() == StepData.BATCH ? trainingInput : residentData.indices;
        Operand<TFloat32> loss = withPenalties(training, layers, pass.meanLoss());
        List<Operand<TFloat32>> metricSums = pass.metricSums();

        Op update = optimizer.applyGradients(context, trainable, gradients(training, loss, trainable, over != null),
                learningRate, iterations);
        EpochMetrics.Accumulation metrics = epochMetrics.accumulate(training, loss, metricSums, batch);
        List<Op> all = new ArrayList<>(metrics.updates());
        all.add(update);
        Ops afterUpdate = training.withControlDependencies(List.of(update));
        pass.stateUpdates().forEach(state -> all.add(state.assign(training)));
        for (Layer layer : layers) {
            if (!frozen.contains(layer.name())) {
                all.addAll(layer.constraints(afterUpdate));
            }
        }
        return new TrainingStep(loss, metrics.runningLossSum(),
                training.withControlDependencies(all).withName("step").noOp());
    }

    /**
     * The forward pass in inference mode under the current replication, with its loss, correct
     * count and output; built on first use.
     */
    Inference inference() {
        return inferences.computeIfAbsent(replication, key -> {
            Ops scope = tf.withSubScope("inference");
            PassOutputs pass = modelPass.over(scope, input, labels, Mode.INFERENCE, replication);
            return new Inference(withPenalties(scope, layers, pass.meanLoss()), pass.metricSums(),
                    scope.withName("probabilities").identity(pass.output()));
        });
    }

    /**
     * The inference-mode ops.
     *
     * @param loss the fed batch's mean loss, penalties included
     * @param metricSums each measured metric's sum over the fed batch
     * @param probabilities the output layer's activations
     */
    record Inference(Operand<TFloat32> loss, List<Operand<TFloat32>> metricSums, Operand<TFloat32> probabilities) {}


    /**
     * All Monte Carlo samples in one run, built on first use: the batch is tiled N times
     * ({@code [N·b, …]}), so each copy draws its own dropout masks, then the probabilities are
     * regrouped as {@code [N, b, k]} and reduced over N in the graph: one host round-trip for N
     * samples.
     */
    MonteCarlo monteCarlo() {
        if (monteCarlo == null) {
            Placeholder<TInt32> samples = tf.withName("monte_carlo_samples").placeholder(TInt32.class,
                    Placeholder.shape(Shape.scalar()));
            monteCarlo = monteCarlo(tf.withSubScope("monte_carlo"), samples);
        }
        return monteCarlo;
    }

    private MonteCarlo monteCarlo(Ops tf, Placeholder<TInt32> monteCarloSamples) {
        int[] ones = new int[input.shape().numDimensions() - 1];
        Arrays.fill(ones, 1);
        Operand<TInt32> multiples = tf.concat(
                List.of(tf.reshape(monteCarloSamples, tf.constant(new int[] {1})), tf.constant(ones)), tf.constant(0));
        Operand<TFloat32> tiled = tf.tile(input, multiples);
        Operand<TFloat32> p = Activations.apply(tf, head.activation(),
                head.preActivation(tf, body.apply(tf, tiled, Mode.MC_SAMPLING)));
        Operand<TFloat32> grouped = tf.reshape(p,
                tf.stack(List.of(monteCarloSamples, tf.constant(-1), tf.constant(head.units()))));
        Operand<TFloat32> mean = tf.math.mean(grouped, tf.constant(0));
        Operand<TFloat32> std = tf.math.sqrt(
                tf.math.mean(tf.math.square(tf.math.sub(grouped, mean)), tf.constant(0)));
        // −Σ p̄ ln p̄, with 0 · ln 0 taken as 0.
        Operand<TFloat32> entropy = tf.math.neg(tf.sum(
                tf.math.mul(mean, tf.math.log(tf.math.maximum(mean, tf.constant(1e-30f)))), tf.constant(1)));
        return new MonteCarlo(monteCarloSamples, mean, std, entropy);
    }

    /**
     * The Monte Carlo ops.
     *
     * @param samples how many passes to make over the fed batch
     * @param mean the mean output over the passes, per example
     * @param std its standard deviation
     * @param entropy the entropy of the mean output
     */
    record MonteCarlo(Placeholder<TInt32> samples, Operand<TFloat32> mean, Operand<TFloat32> std,
            Operand<TFloat32> entropy) {}

    /**
     * The loss plus every layer's penalty, as Keras reports it (in training and in evaluation):
     * {@code l2(0.01)} adds {@code 0.01 · Σ w²} to the mean data loss.
     */
    private static Operand<TFloat32> withPenalties(Ops tf, List<Layer> layers, Operand<TFloat32> loss) {
        Operand<TFloat32> total = loss;
        for (Layer layer : layers) {
            Optional<Operand<TFloat32>> penalty = layer.penalty(tf);
            if (penalty.isPresent()) {
                total = tf.math.add(total, penalty.get());
            }
        }
        return total;
    }

    /**
     * The gradients of {@code loss} with respect to {@code trainable}'s variables; with {@code
     * replicated}, each replica's share of the backward pass placed on the replica's device.
     */
    private static List<Operand<TFloat32>> gradients(Ops tf, Operand<TFloat32> loss, List<Weight> trainable,
            boolean replicated) {
        Graph graph = (Graph) tf.scope().env();
        Set<String> before = replicated ? operationNames(graph) : Set.of();
        // Differentiate with respect to the variables being trained only: a frozen variable is not
        // in the computation at all (TensorFlow Java's optimizers take every variable of the graph).
        var gradients = tf.gradients(loss, trainable.stream().map(Weight::variable).toList());
        List<Operand<TFloat32>> result = new ArrayList<>();
        for (int i = 0; i < trainable.size(); i++) {
            result.add(gradients.<TFloat32>dy(i));
        }
        if (!replicated) {
            return result;
        }
        // TensorFlow's gradient builder gives its ops no device, which would run every replica's
        // backward pass where the variables live; each op is placed with the replica its inputs come from.
        Set<String> added = operationNames(graph);
        added.removeAll(before);
        List<Operand<TFloat32>> placed = new ArrayList<>();
        for (Output<?> output : DevicePlacement.byInputs(graph, added, result)) {
            placed.add(output.expect(TFloat32.class));
        }
        return placed;
    }

    private static Set<String> operationNames(Graph graph) {
        Set<String> names = new HashSet<>();
        graph.operations().forEachRemaining(op -> names.add(op.name()));
        return names;
    }
}
