package dev.lamina.runtime.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TFloat32;

/**
 * Randomized leaky ReLU (Xu et al., 2015; not in Keras, semantics of Deeplearning4j): a leaky ReLU
 * whose negative slope is random while training and fixed afterwards, which acts as a regularizer.
 *
 * <ul>
 *   <li>{@link Mode#TRAINING}: {@code y = x} for {@code x ≥ 0}, {@code a · x} otherwise, with a
 *       fresh {@code a ~ U(lower, upper)} per element per step, drawn by a stateless op seeded from
 *       the step's seed ({@link BuildContext#randomSeed}): reproducible, different at every step;
 *   <li>{@link Mode#INFERENCE} and {@link Mode#MC_SAMPLING}: the fixed slope {@code (lower + upper) / 2},
 *       the expectation of the training slope (deterministic: Monte Carlo sampling varies the
 *       dropout-family layers only).
 * </ul>
 *
 * The usual bounds are {@code lower = 1/8}, {@code upper = 1/3} ({@code dev.lamina.dsl.Defaults.RRELU_LOWER}
 * and {@code RRELU_UPPER}).
 */
public final class RReLU extends Layer {
    private final double lower;
    private final double upper;

    /**
     * @param name the layer's name
     * @param lower the smallest training slope
     * @param upper the largest training slope; {@code 0 ≤ lower ≤ upper ≤ 1}
     */
    public RReLU(String name, double lower, double upper) {
        super(name);
        if (!(0 <= lower && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("RReLU '" + name + "': expected 0 <= lower <= upper <= 1. Received: lower="
                    + lower + ", upper=" + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    /** The slope used outside training: {@code (lower + upper) / 2}. */
    public double inferenceSlope() {
        return (lower + upper) / 2;
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        if (mode != Mode.TRAINING) {
            return tf.nn.leakyRelu(x, LeakyRelu.alpha((float) inferenceSlope()));
        }
        // The draw is a constant of the step: stop the backward pass there (StatelessRandomUniform has
        // no gradient, and it depends on x through x's shape).
        Operand<TFloat32> u = tf.stopGradient(tf.random.statelessRandomUniform(tf.shape(x), context().randomSeed(tf, name(), mode)));
        // a = lower + (upper − lower) · U, U ~ U[0, 1).
        Operand<TFloat32> slope = tf.math.add(tf.constant((float) lower), tf.math.mul(tf.constant((float) (upper - lower)), u));
        // relu(x) − a · relu(−x) is x for x ≥ 0 and a · x below.
        return tf.math.sub(tf.nn.relu(x), tf.math.mul(slope, tf.nn.relu(tf.math.neg(x))));
    }
}
