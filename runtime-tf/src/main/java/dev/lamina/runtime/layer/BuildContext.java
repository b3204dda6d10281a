package dev.lamina.runtime.layer;

import dev.lamina.runtime.init.Initializer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * What a layer builds with: its variables, under stable path names ({@code hidden1/kernel},
 * {@code optimizer/hidden1/kernel/m}) that checkpoints and weight transfer key on, and the seeds
 * of its random ops.
 *
 * <p>TensorFlow Java accepts one path segment at a time and makes a sub-scope name unique each
 * time it is opened ({@code hidden1}, then {@code hidden1_1}); so each scope is opened once and
 * reused. The seed of a variable is the model seed paired with a hash of its path: two layers
 * never share a random stream (a trap of TensorFlow Java's framework initializers, where the
 * same seed gives identical tensors), and the same model seed always gives the same weights.
 */
public final class BuildContext {
    private final Ops root;
    private final long modelSeed;
    private final Map<String, Ops> scopes = new HashMap<>();
    private final Map<String, Weight> variables = new HashMap<>();
    private final Variable<TInt64> iterations;
    private final Variable<TInt64> runSeed;
    private final Operand<TInt64> trainingSeed;
    private final Operand<TInt64> samplingSeed;
    /** The replica whose forward pass is being built (see {@link #buildingReplica}); 0 when not replicated. */
    private int replica;

    /**
     * Opens the model's graph for building: creates the step counter {@code optimizer/iterations}
     * and the run's seed {@code training/seed} (both saved with the model), from which every
     * training step's random ops draw {@code (seed, step)}, and the placeholder fed with each Monte
     * Carlo sample's seed.
     *
     * @param root ops on the model's graph
     * @param modelSeed the seed of the initial weights and of the run
     */
    public BuildContext(Ops root, long modelSeed) {
        this.root = root;
        this.modelSeed = modelSeed;
        Ops init = root.withInitScope();
        iterations = named("optimizer/iterations").variable(init.constant(0L));
        runSeed = named("training/seed").variable(init.constant(modelSeed));
        trainingSeed = root.stack(List.of(root.identity(runSeed), root.identity(iterations)));
        samplingSeed = named("sampling_seed").placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    }

    /**
     * A context for building layers outside a model (tests, tools), with the given seeds of the
     * random ops and no step counter.
     *
     * @param trainingSeed the {@code int64[2]} seed of training-mode random ops, or null
     * @param samplingSeed the {@code int64[2]} seed of Monte Carlo sampling, or null
     */
    public BuildContext(Ops root, long modelSeed, Operand<TInt64> trainingSeed, Operand<TInt64> samplingSeed) {
        this.root = root;
        this.modelSeed = modelSeed;
        this.iterations = null;
        this.runSeed = null;
        this.trainingSeed = trainingSeed;
        this.samplingSeed = samplingSeed;
    }

    /** The number of optimizer steps taken, a saved variable the optimizer increments. */
    public Variable<TInt64> iterations() {
        return requireCounters(iterations);
    }

    /** The run's seed, a saved variable: a restored model continues the saved run's random stream. */
    public Variable<TInt64> runSeed() {
        return requireCounters(runSeed);
    }

    private static Variable<TInt64> requireCounters(Variable<TInt64> counter) {
        if (counter == null) {
            throw new IllegalStateException("This context builds layers outside a model: it has no training counters");
        }
        return counter;
    }

    /** The placeholder fed with one Monte Carlo sample's seed ({@code int64[2]}). */
    public Operand<TInt64> samplingSeed() {
        return samplingSeed;
    }

    /** Creates the trainable variable {@code <scope>/<name>}, initialized by {@code init}. */
    public Weight create(String scope, String name, Shape shape, Initializer init) {
        return variable(scope, name, shape, init, true);
    }

    /**
     * Creates the variable {@code <scope>/<name>} that the optimizer never touches: state such as
     * Batch Normalization's moving statistics or an optimizer's moments.
     */
    public Weight createState(String scope, String name, Shape shape, Initializer init) {
        return variable(scope, name, shape, init, false);
    }

    /**
     * The seed of {@code layer}'s stateless random ops in this mode: the step's seed (training) or
     * the sample's seed (Monte Carlo sampling), offset by a hash of the layer's name so that two
     * layers draw different masks at the same step; and, for replica {@code r > 0} of a step
     * replicated over devices, by a hash of {@code <layer>/replica_<r>}, so that each replica
     * draws its own masks (replica 0 draws what an unreplicated step draws).
     */
    public Operand<TInt64> randomSeed(Ops tf, String layer, Mode mode) {
        Operand<TInt64> base = switch (mode) {
            case TRAINING -> trainingSeed;
            case MC_SAMPLING -> samplingSeed;
            case INFERENCE -> null;
        };
        if (base == null) {
            throw new IllegalStateException("Layer '" + layer + "' needs a random seed in " + mode
                    + " mode, and this graph provides none");
        }
        String stream = replica == 0 ? layer : layer + "/replica_" + replica;
        return tf.math.add(base, tf.constant(new long[] {0, stableHash(stream)}));
    }

    /**
     * Declares that the forward passes built from now on belong to {@code replica} of a step
     * replicated over devices: their random ops draw that replica's streams. Set back to 0 once
     * the replicas are built.
     */
    public void buildingReplica(int replica) {
        if (replica < 0) {
            throw new IllegalArgumentException("Expected a replica index >= 0. Received: " + replica);
        }
        this.replica = replica;
    }

    /** Ops whose next op is named {@code path}. */
    public Ops named(String path) {
        int slash = path.lastIndexOf('/');
        Ops scope = slash < 0 ? root : scope(path.substring(0, slash));
        return scope.withName(path.substring(slash + 1));
    }

    /** Ops that create every op under the scope {@code path} ({@code optimizer/…}). */
    public Ops scope(String path) {
        Ops scope = scopes.get(path);
        if (scope == null) {
            int slash = path.lastIndexOf('/');
            Ops parent = slash < 0 ? root : scope(path.substring(0, slash));
            scope = parent.withSubScope(path.substring(slash + 1));
            scopes.put(path, scope);
        }
        return scope;
    }

    /**
     * Creates the variable, or returns the one already created under that path: a training step
     * rebuilt for another set of frozen layers reuses the optimizer's slots instead of making new
     * ones.
     */
    private Weight variable(String scope, String name, Shape shape, Initializer init, boolean trainable) {
        String path = scope + "/" + name;
        Weight existing = variables.get(path);
        if (existing != null) {
            if (!existing.shape().equals(shape) || existing.trainable() != trainable) {
                throw new IllegalStateException("Variable '" + path + "' exists with shape " + existing.shape()
                        + "; asked again with shape " + shape);
            }
            return existing;
        }
        long[] seed = {modelSeed, stableHash(path)};
        Variable<TFloat32> variable = named(path).variable(init.create(root.withInitScope(), shape, seed));
        Weight weight = new Weight(path, shape, variable, trainable);
        variables.put(path, weight);
        return weight;
    }

    /** A hash of {@code path} that does not change between JVMs or Java versions (FNV-1a, 64 bit). */
    static long stableHash(String path) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
