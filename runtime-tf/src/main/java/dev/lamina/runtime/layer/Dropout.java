package dev.lamina.runtime.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code Dropout(rate)}, inverted dropout (Srivastava et al., 2014): each input is dropped
 * (set to 0) with probability {@code rate}, and the kept ones are scaled by {@code 1 / (1 − rate)}
 * so that the expected output equals the input and nothing needs rescaling at inference:
 * {@code y = x · keep / (1 − rate)}, {@code keep = U ≥ rate}, {@code U ~ U[0, 1)} per element.
 *
 * <ul>
 *   <li>{@link Mode#TRAINING}: active, a new mask at every step (seeded by the step's seed);
 *   <li>{@link Mode#MC_SAMPLING}: active, a new mask for every sample (MC Dropout, Gal and
 *       Ghahramani, 2016);
 *   <li>{@link Mode#INFERENCE}: the identity.
 * </ul>
 *
 * {@code rate} is the fraction <em>dropped</em>, as in Keras (Deeplearning4j's {@code p} is the
 * fraction retained). A rate of 0 is the identity in every mode, as in Keras.
 */
public final class Dropout extends Layer {
    private final double rate;

    /**
     * @param name the layer's name
     * @param rate the probability of dropping each input, in {@code [0, 1)}
     */
    public Dropout(String name, double rate) {
        super(name);
        this.rate = DropoutMask.checkRate("Dropout", name, rate);
    }

    public double rate() {
        return rate;
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        if (!DropoutMask.active(mode) || rate == 0) {
            return x;
        }
        Operand<TFloat32> keep = DropoutMask.keep(tf, context(), name(), mode, x, rate);
        return tf.math.mul(tf.math.mul(x, keep), tf.constant((float) (1 / (1 - rate))));
    }
}
