package dev.lamina.runtime.layer;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Defaults;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TFloat32;

/** The graph form of each {@link Activation}, with Keras's constants. */
public final class Activations {
    private Activations() {}

    public static Operand<TFloat32> apply(Ops tf, Activation activation, Operand<TFloat32> x) {
        return switch (activation) {
            case LINEAR -> x;
            case SIGMOID -> tf.math.sigmoid(x);
            case TANH -> tf.math.tanh(x);
            case SOFTMAX -> tf.nn.softmax(x);
            case RELU -> tf.nn.relu(x);
            case LEAKY_RELU -> tf.nn.leakyRelu(x, LeakyRelu.alpha((float) Defaults.LEAKY_RELU_SLOPE));
            case ELU -> tf.nn.elu(x);
            // TensorFlow's Selu kernel uses the same constants as Defaults.SELU_ALPHA / SELU_SCALE.
            case SELU -> tf.nn.selu(x);
            // 0.5 · x · (1 + erf(x / √2)), the exact GELU.
            case GELU -> tf.math.mul(tf.math.mul(tf.constant(0.5f), x),
                    tf.math.add(tf.constant(1f), tf.math.erf(tf.math.mul(x, tf.constant((float) (1 / Math.sqrt(2)))))));
            case SWISH -> tf.math.mul(x, tf.math.sigmoid(x));
        };
    }
}
