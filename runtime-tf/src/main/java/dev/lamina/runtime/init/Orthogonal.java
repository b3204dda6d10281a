package dev.lamina.runtime.init;

import java.util.Arrays;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.linalg.Qr;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code Orthogonal(gain)} (Saxe et al., 2014): a random matrix with orthonormal columns
 * (or rows, if it is wider than tall), times {@code gain}. A linear layer with such a kernel
 * preserves the norm of its input, which keeps gradients from vanishing or exploding in deep
 * linear stacks.
 *
 * <p>As Keras: the shape is flattened to {@code (rows, cols)} with {@code rows} the product of
 * every dimension but the last and {@code cols} the last; a normal matrix {@code A} of shape
 * {@code (max(rows, cols), min(rows, cols))} is drawn; its reduced QR decomposition {@code A = QR}
 * gives {@code Q} with orthonormal columns; each column of {@code Q} is multiplied by the sign of
 * {@code R}'s diagonal entry, which makes the result uniformly distributed over orthogonal
 * matrices (QR alone is biased by the sign convention of the decomposition); {@code Q} is
 * transposed when {@code rows < cols}, reshaped to the shape, and scaled by {@code gain}. So for a
 * Dense kernel {@code (in, out)} with {@code in ≥ out}: {@code Wᵀ·W = gain² · I}.
 *
 * <p>Stateless: the same seed always gives the same matrix.
 *
 * @param gain the factor applied to the orthogonal matrix; Keras's default is 1
 */
public record Orthogonal(double gain) implements Initializer {
    public Orthogonal {
        if (!Double.isFinite(gain)) {
            throw new IllegalArgumentException("Orthogonal: expected a finite gain. Received: gain=" + gain);
        }
    }

    @Override
    public Operand<TFloat32> create(Ops tf, Shape shape, long[] seed) {
        int rank = shape.numDimensions();
        if (rank < 2 || shape.hasUnknownDimension()) {
            throw new IllegalArgumentException("Orthogonal: expected a fully known shape of rank 2 or more. Received: shape="
                    + Arrays.toString(shape.asArray()));
        }
        long rows = shape.size() / shape.size(rank - 1);
        long cols = shape.size(rank - 1);
        long[] flat = {Math.max(rows, cols), Math.min(rows, cols)};
        Operand<TFloat32> a = tf.random.statelessRandomNormal(tf.constant(flat), tf.constant(seed));
        Qr<TFloat32> qr = tf.linalg.qr(a);
        Operand<TFloat32> signs = tf.math.sign(tf.linalg.tensorDiagPart(qr.r()));
        // Q is (max, min): its columns line up with R's diagonal, so the sign row broadcasts over them.
        Operand<TFloat32> q = tf.math.mul(qr.q(), signs);
        if (rows < cols) {
            q = tf.linalg.transpose(q, tf.constant(new int[] {1, 0}));
        }
        return tf.math.mul(tf.reshape(q, tf.constant(shape)), tf.constant((float) gain));
    }
}
