package dev.lamina.runtime.distribute;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TType;

/**
 * A batch of {@code N} examples split across {@code k} replicas along its first axis, in the
 * graph, so that any batch size works, the last batch of an epoch included: replica {@code i}
 * gets {@code n_i = ⌊N/k⌋ + (i < N mod k ? 1 : 0)} consecutive examples, and its weight is
 * {@code w_i = n_i / N}.
 *
 * <p>The weights make the combination exact for any split: a replica's mean loss is
 * {@code (1/n_i) Σ_{j∈i} l_j}, so {@code Σ_i w_i · mean_i = (1/N) Σ_j l_j}, the mean a single
 * device computes over the whole batch, and its gradient is the single device's gradient. A
 * replica left with no example ({@code N < k}) has weight 0 and its NaN mean counts as 0
 * (see {@link #weightedSum}).
 */
final class BatchSplit {
    private final int replicas;
    /** {@code n_i}, int32[k]. */
    private final Operand<TInt32> sizes;
    /** {@code w_i = n_i / N}, one scalar per replica. */
    private final List<Operand<TFloat32>> weights = new ArrayList<>();

    /**
     * Splits the batch whose first axis is {@code batch}'s (its features, or its example indices
     * into data held in the graph) across {@code replicas}.
     */
    BatchSplit(Ops tf, Operand<? extends TType> batch, int replicas) {
        this.replicas = replicas;
        Operand<TInt32> count = tf.reshape(tf.slice(tf.shape(batch), tf.constant(new int[] {0}), tf.constant(new int[] {1})),
                tf.constant(new int[0]));
        Operand<TInt32> k = tf.constant(replicas);
        Operand<TInt32> extra = tf.dtypes.cast(tf.math.less(tf.range(tf.constant(0), k, tf.constant(1)), tf.math.floorMod(count, k)),
                TInt32.class);
        sizes = tf.math.add(tf.math.floorDiv(count, k), extra);
        Operand<TFloat32> total = tf.dtypes.cast(count, TFloat32.class);
        for (int i = 0; i < replicas; i++) {
            Operand<TInt32> size = tf.reshape(tf.slice(sizes, tf.constant(new int[] {i}), tf.constant(new int[] {1})),
                    tf.constant(new int[0]));
            weights.add(tf.math.div(tf.dtypes.cast(size, TFloat32.class), total));
        }
    }

    /** {@code x} (features, labels or indices, as many rows as the batch) in {@code k} consecutive parts. */
    <T extends TType> List<Operand<T>> parts(Ops tf, Operand<T> x) {
        List<Operand<T>> parts = new ArrayList<>();
        tf.splitV(x, sizes, tf.constant(0), (long) replicas).forEach(parts::add);
        return parts;
    }

    /** {@code w_i}. */
    Operand<TFloat32> weight(int replica) {
        return weights.get(replica);
    }

    /**
     * {@code Σ_i w_i · value_i}, a replica's NaN counting as 0 where its weight is 0 (a select
     * rather than {@code MulNoNan}, which has no gradient).
     */
    Operand<TFloat32> weightedSum(Ops tf, List<Operand<TFloat32>> values) {
        Operand<TFloat32> sum = null;
        for (int i = 0; i < values.size(); i++) {
            Operand<TFloat32> value = values.get(i);
            Operand<TFloat32> defined = tf.select(tf.math.greater(weights.get(i), tf.constant(0f)), value, tf.zerosLike(value));
            Operand<TFloat32> term = tf.math.mul(defined, weights.get(i));
            sum = sum == null ? term : tf.math.add(sum, term);
        }
        return sum;
    }
}
