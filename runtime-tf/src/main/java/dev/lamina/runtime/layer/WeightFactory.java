package dev.lamina.runtime.layer;

import dev.lamina.runtime.init.Initializer;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Creates a layer's variables, named {@code <layer>/<weight>}, each initialized from its own seed.
 *
 * <p>The seed of a variable is the model seed paired with a hash of the variable's path: two
 * layers never share a random stream (a trap of TensorFlow Java's framework initializers, where
 * the same seed gives identical tensors), and the same model seed always gives the same weights.
 */
public final class WeightFactory {
    private final Ops tf;
    private final long modelSeed;

    public WeightFactory(Ops tf, long modelSeed) {
        this.tf = tf;
        this.modelSeed = modelSeed;
    }

    /** Creates {@code <layer>/<name>} with the given shape, initialized by {@code init}. */
    public Weight create(String layer, String name, Shape shape, Initializer init) {
        String path = layer + "/" + name;
        long[] seed = {modelSeed, stableHash(path)};
        Variable<TFloat32> variable = OpNames.named(tf, path).variable(init.create(tf.withInitScope(), shape, seed));
        return new Weight(path, shape, variable);
    }

    /** A hash of {@code path} that does not change between JVMs or Java versions (FNV-1a, 64 bit). */
    static long stableHash(String path) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
