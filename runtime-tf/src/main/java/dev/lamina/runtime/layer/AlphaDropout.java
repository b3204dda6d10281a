package dev.lamina.runtime.layer;

import dev.lamina.dsl.Defaults;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code AlphaDropout(rate)} (Klambauer et al., 2017), the dropout that keeps a SELU
 * network self-normalizing: dropped inputs are set to SELU's negative saturation value
 * {@code α' = −alpha · scale ≈ −1.7580993} instead of 0, then an affine map restores zero mean and
 * unit variance (for inputs of mean 0 and variance 1):
 *
 * <pre>
 * keep = U ≥ rate,  U ~ U[0, 1) per element
 * a = ((1 − rate) · (1 + rate · α'²))^(−1/2)
 * b = −a · α' · rate
 * y = a · (x · keep + α' · (1 − keep)) + b
 * </pre>
 *
 * Active in {@link Mode#TRAINING} and {@link Mode#MC_SAMPLING} (a new mask per step or sample),
 * the identity in {@link Mode#INFERENCE}; a rate of 0 is the identity in every mode, as in Keras.
 */
public final class AlphaDropout extends Layer {
    /** {@code −alpha · scale} of SELU: the value SELU tends to for very negative inputs. */
    static final double ALPHA_PRIME = -Defaults.SELU_ALPHA * Defaults.SELU_SCALE;

    private final double rate;

    /**
     * @param name the layer's name
     * @param rate the probability of dropping each input, in {@code [0, 1)}
     */
    public AlphaDropout(String name, double rate) {
        super(name);
        this.rate = DropoutMask.checkRate("AlphaDropout", name, rate);
    }

    public double rate() {
        return rate;
    }

    /** The factor {@code a = ((1 − rate)(1 + rate · α'²))^(−1/2)}. */
    public double a() {
        return Math.pow((1 - rate) * (1 + rate * ALPHA_PRIME * ALPHA_PRIME), -0.5);
    }

    /** The offset {@code b = −a · α' · rate}. */
    public double b() {
        return -a() * ALPHA_PRIME * rate;
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        if (!DropoutMask.active(mode) || rate == 0) {
            return x;
        }
        Operand<TFloat32> keep = DropoutMask.keep(tf, context(), name(), mode, x, rate);
        Operand<TFloat32> dropped = tf.math.sub(tf.constant(1f), keep);
        Operand<TFloat32> mixed = tf.math.add(tf.math.mul(x, keep), tf.math.mul(tf.constant((float) ALPHA_PRIME), dropped));
        return tf.math.add(tf.math.mul(tf.constant((float) a()), mixed), tf.constant((float) b()));
    }
}
