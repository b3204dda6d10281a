package dev.lamina.runtime.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * How an optimizer clips the gradients before its update, as Keras's optimizer arguments
 * {@code clipvalue}, {@code clipnorm} and {@code global_clipnorm} (at most one of them):
 * <pre>
 *   value(c):       g ← clip(g, −c, c)                     element-wise
 *   norm(c):        g ← g · c / max(‖g‖, c)                 each gradient tensor on its own
 *   globalNorm(c):  g_i ← g_i · c / max(‖G‖, c),  ‖G‖ = sqrt(Σ ‖g_i‖²)   all tensors together
 * </pre>
 * where {@code ‖g‖} is the L2 norm over all the tensor's elements. Norm clipping keeps the
 * gradient's direction; value clipping may change it. As in Keras, a non-finite global norm makes
 * every gradient NaN rather than silently zero, so a diverging run shows.
 */
public final class GradientClipping {
    private enum Kind {
        NONE, VALUE, NORM, GLOBAL_NORM
    }

    private static final GradientClipping NONE = new GradientClipping(Kind.NONE, Double.NaN);

    private final Kind kind;
    private final double threshold;

    private GradientClipping(Kind kind, double threshold) {
        this.kind = kind;
        this.threshold = threshold;
    }

    /** No clipping: Keras's default. */
    public static GradientClipping none() {
        return NONE;
    }

    /** Keras's {@code clipvalue=c}: every gradient element clipped to {@code [−c, c]}. */
    public static GradientClipping value(double c) {
        return new GradientClipping(Kind.VALUE, checked("value", c));
    }

    /** Keras's {@code clipnorm=c}: each gradient tensor rescaled to an L2 norm of at most {@code c}. */
    public static GradientClipping norm(double c) {
        return new GradientClipping(Kind.NORM, checked("norm", c));
    }

    /** Keras's {@code global_clipnorm=c}: all gradients rescaled together to a global L2 norm of at most {@code c}. */
    public static GradientClipping globalNorm(double c) {
        return new GradientClipping(Kind.GLOBAL_NORM, checked("globalNorm", c));
    }

    private static double checked(String factory, double c) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("GradientClipping." + factory
                    + ": expected a positive, finite threshold. Received: " + c);
        }
        return c;
    }

    /** Whether gradients pass unchanged. */
    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /** The threshold {@code c}; NaN for {@link #none()}. */
    public double threshold() {
        return threshold;
    }

    /** The clipped gradients, in the same order. */
    List<Operand<TFloat32>> apply(Ops tf, List<Operand<TFloat32>> gradients) {
        return switch (kind) {
            case NONE -> gradients;
            case VALUE -> {
                Operand<TFloat32> high = tf.constant((float) threshold);
                Operand<TFloat32> low = tf.constant((float) -threshold);
                yield gradients.stream().<Operand<TFloat32>>map(g -> tf.clipByValue(g, low, high)).toList();
            }
            case NORM -> {
                Operand<TFloat32> c = tf.constant((float) threshold);
                yield gradients.stream()
                        .<Operand<TFloat32>>map(g -> tf.math.div(tf.math.mul(g, c), tf.math.maximum(tf.math.sqrt(squaredNorm(tf, g)), c)))
                        .toList();
            }
            case GLOBAL_NORM -> {
                if (gradients.isEmpty()) {
                    yield gradients;
                }
                List<Operand<TFloat32>> squares = new ArrayList<>();
                gradients.forEach(g -> squares.add(squaredNorm(tf, g)));
                Operand<TFloat32> norm = tf.math.sqrt(tf.math.addN(squares));
                Operand<TFloat32> c = tf.constant((float) threshold);
                // + (‖G‖ − ‖G‖): NaN when the norm is infinite or NaN, as Keras's clip_by_global_norm.
                Operand<TFloat32> scale = tf.math.add(tf.math.div(c, tf.math.maximum(norm, c)), tf.math.sub(norm, norm));
                yield gradients.stream().<Operand<TFloat32>>map(g -> tf.math.mul(g, scale)).toList();
            }
        };
    }

    /** {@code Σ g²} over every element of {@code g}, a scalar. */
    private static Operand<TFloat32> squaredNorm(Ops tf, Operand<TFloat32> g) {
        Operand<TFloat32> flat = tf.reshape(g, tf.constant(new int[] {-1}));
        return tf.sum(tf.math.square(flat), tf.constant(0));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GradientClipping that && kind == that.kind
                && Double.compare(threshold, that.threshold) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, threshold);
    }

    /** The factory call that makes this clipping, e.g. {@code GradientClipping.norm(1.0)}. */
    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "GradientClipping.none()";
            case VALUE -> "GradientClipping.value(" + threshold + ")";
            case NORM -> "GradientClipping.norm(" + threshold + ")";
            case GLOBAL_NORM -> "GradientClipping.globalNorm(" + threshold + ")";
        };
    }
}
