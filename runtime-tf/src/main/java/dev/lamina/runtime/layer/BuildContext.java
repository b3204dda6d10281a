package dev.lamina.runtime.layer;

import dev.lamina.runtime.init.Initializer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
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
    private final Operand<TInt64> trainingSeed;
    private final Operand<TInt64> samplingSeed;
    private final Map<String, Ops> scopes = new HashMap<>();

    /**
     * @param root ops on the model's graph
     * @param modelSeed the seed of the initial weights
     * @param trainingSeed an {@code int64[2]} that changes at every training step (the model seed
     *     and the step counter), or null where no random op is built
     * @param samplingSeed an {@code int64[2]} fed for each Monte Carlo sample, or null
     */
    public BuildContext(Ops root, long modelSeed, Operand<TInt64> trainingSeed, Operand<TInt64> samplingSeed) {
        this.root = root;
        this.modelSeed = modelSeed;
        this.trainingSeed = trainingSeed;
        this.samplingSeed = samplingSeed;
    }

    /** A context for building weights only (no random ops at run time). */
    public BuildContext(Ops root, long modelSeed) {
        this(root, modelSeed, null, null);
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
     * layers draw different masks at the same step.
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
        return tf.math.add(base, tf.constant(new long[] {0, stableHash(layer)}));
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

    private Weight variable(String scope, String name, Shape shape, Initializer init, boolean trainable) {
        String path = scope + "/" + name;
        long[] seed = {modelSeed, stableHash(path)};
        Variable<TFloat32> variable = named(path).variable(init.create(root.withInitScope(), shape, seed));
        return new Weight(path, shape, variable, trainable);
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
