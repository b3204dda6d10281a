package dev.lamina.runtime.layer;

import dev.lamina.runtime.init.Initializer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Creates a model's variables under stable path names ({@code hidden1/kernel},
 * {@code optimizer/hidden1/kernel/m}): the names checkpoints and weight transfer key on.
 *
 * <p>TensorFlow Java accepts one path segment at a time and makes a sub-scope name unique each
 * time it is opened ({@code hidden1}, then {@code hidden1_1}); so each scope is opened once and
 * reused. The seed of a variable is the model seed paired with a hash of its path: two layers
 * never share a random stream (a trap of TensorFlow Java's framework initializers, where the
 * same seed gives identical tensors), and the same model seed always gives the same weights.
 */
public final class WeightFactory {
    private final Ops root;
    private final long modelSeed;
    private final Map<String, Ops> scopes = new HashMap<>();

    public WeightFactory(Ops root, long modelSeed) {
        this.root = root;
        this.modelSeed = modelSeed;
    }

    /** Creates the variable {@code <scope>/<name>}, initialized by {@code init}. */
    public Weight create(String scope, String name, Shape shape, Initializer init) {
        String path = scope + "/" + name;
        long[] seed = {modelSeed, stableHash(path)};
        Variable<TFloat32> variable = named(path).variable(init.create(root.withInitScope(), shape, seed));
        return new Weight(path, shape, variable);
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
