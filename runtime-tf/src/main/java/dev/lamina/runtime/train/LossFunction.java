package dev.lamina.runtime.train;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Loss;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A loss and its accuracy, computed from the output layer's logits. Working from the logits
 * rather than from probabilities keeps the loss finite and its gradient exact when the network
 * is confidently wrong ({@code log(softmax(z))} underflows where {@code log_softmax(z)} does not);
 * tf.keras 2.x does the same for a softmax or sigmoid output.
 */
final class LossFunction {
    private final Loss loss;
    private final int units;

    /**
     * @param loss the declared loss
     * @param outputActivation the output layer's activation, which the loss must be paired with
     * @param units the output layer's width
     */
    LossFunction(Loss loss, Activation outputActivation, int units) {
        Activation expected = loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY ? Activation.SOFTMAX : Activation.SIGMOID;
        if (outputActivation != expected || (loss == Loss.BINARY_CROSSENTROPY && units != 1)) {
            // The processor rejects these pairings at compile time; this guards hand-written subclasses.
            throw new IllegalStateException(loss + " needs a " + (loss == Loss.BINARY_CROSSENTROPY ? "1-unit " : "")
                    + expected + " output layer. Received: " + units + " units with " + outputActivation);
        }
        this.loss = loss;
        this.units = units;
    }

    /** The loss averaged over the batch; {@code labels} holds one integer class per example. */
    Operand<TFloat32> meanLoss(Ops tf, Operand<TFloat32> logits, Operand<TInt32> labels) {
        Operand<TFloat32> perExample = switch (loss) {
            // −log softmax(z)[y]. SparseSoftmaxCrossEntropyWithLogits has no gradient in TF Java:
            // one-hot labels through SoftmaxCrossEntropyWithLogits compute the same value.
            case SPARSE_CATEGORICAL_CROSSENTROPY -> tf.nn.softmaxCrossEntropyWithLogits(logits,
                    tf.oneHot(labels, tf.constant(units), tf.constant(1f), tf.constant(0f))).loss();
            // −(y·log σ(z) + (1 − y)·log(1 − σ(z))) = max(z, 0) − z·y + log(1 + exp(−|z|)).
            case BINARY_CROSSENTROPY -> {
                Operand<TFloat32> z = tf.reshape(logits, tf.constant(new int[] {-1}));
                Operand<TFloat32> y = tf.dtypes.cast(labels, TFloat32.class);
                yield tf.math.add(tf.math.sub(tf.math.maximum(z, tf.constant(0f)), tf.math.mul(z, y)),
                        tf.math.log1p(tf.math.exp(tf.math.neg(tf.math.abs(z)))));
            }
        };
        return tf.math.mean(perExample, tf.constant(0));
    }

    /** The number of correct predictions in the batch (as Keras resolves {@code "accuracy"} for this loss). */
    Operand<TFloat32> correctCount(Ops tf, Operand<TFloat32> logits, Operand<TInt32> labels) {
        Operand<TInt32> predicted = switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> tf.math.argMax(logits, tf.constant(1), TInt32.class);
            // p > 0.5 exactly when z > 0.
            case BINARY_CROSSENTROPY -> tf.dtypes.cast(
                    tf.math.greater(tf.reshape(logits, tf.constant(new int[] {-1})), tf.constant(0f)), TInt32.class);
        };
        return tf.sum(tf.dtypes.cast(tf.math.equal(predicted, labels), TFloat32.class), tf.constant(0));
    }
}
