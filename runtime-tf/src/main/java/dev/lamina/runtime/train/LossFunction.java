package dev.lamina.runtime.train;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Target;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A loss and its accuracy. Cross-entropies are computed from the output layer's logits: that
 * keeps the loss finite and its gradient exact when the network is confidently wrong
 * ({@code log(softmax(z))} underflows where {@code log_softmax(z)} does not); tf.keras 2.x does
 * the same for a softmax or sigmoid output. Mean squared error compares the activated outputs.
 * The target is the labels, or the input itself for an autoencoder.
 */
final class LossFunction {
    private final Loss loss;
    private final Target target;
    private final Activation activation;
    private final int units;

    /**
     * @param loss the declared loss
     * @param target what the model learns to output
     * @param outputActivation the output layer's activation, which the loss must be paired with
     * @param units the output layer's width
     * @param inputSize the number of values in one example
     */
    LossFunction(Loss loss, Target target, Activation outputActivation, int units, int inputSize) {
        // The processor rejects other pairings at compile time; this guards hand-written subclasses.
        String problem = switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> target == Target.INPUT ? "cannot reconstruct an input"
                    : outputActivation != Activation.SOFTMAX ? "needs a SOFTMAX output layer" : null;
            case BINARY_CROSSENTROPY -> outputActivation != Activation.SIGMOID ? "needs a SIGMOID output layer" : null;
            case MEAN_SQUARED_ERROR -> null;
        };
        if (problem == null && target == Target.LABELS && loss != Loss.SPARSE_CATEGORICAL_CROSSENTROPY && units != 1) {
            problem = "against labels needs a 1-unit output layer";
        }
        if (problem == null && target == Target.INPUT && units != inputSize) {
            problem = "reconstructing the input needs one output unit per input value (" + inputSize + ")";
        }
        if (problem != null) {
            throw new IllegalStateException(loss + " " + problem + ". Received: " + units + " units with "
                    + outputActivation + ", target " + target);
        }
        this.loss = loss;
        this.target = target;
        this.activation = outputActivation;
        this.units = units;
    }

    /** Whether accuracy means anything for this loss and target (classification against labels). */
    boolean hasAccuracy() {
        return target == Target.LABELS && loss != Loss.MEAN_SQUARED_ERROR;
    }

    /**
     * The loss averaged over the batch (and over the output units).
     *
     * @param labels one integer class (or 0/1, or number) per example; unused for an autoencoder
     * @param input the batch's input, the target of an autoencoder
     */
    Operand<TFloat32> meanLoss(Ops tf, Operand<TFloat32> logits, Operand<TInt32> labels, Operand<TFloat32> input) {
        if (loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
            // −log softmax(z)[y]. SparseSoftmaxCrossEntropyWithLogits has no gradient in TF Java:
            // one-hot labels through SoftmaxCrossEntropyWithLogits compute the same value.
            return tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits,
                    tf.oneHot(labels, tf.constant(units), tf.constant(1f), tf.constant(0f))).loss(), tf.constant(0));
        }
        Operand<TFloat32> z = tf.reshape(logits, tf.constant(new int[] {-1, units}));
        Operand<TFloat32> y = target == Target.INPUT
                ? tf.reshape(input, tf.constant(new int[] {-1, units}))
                : tf.reshape(tf.dtypes.cast(labels, TFloat32.class), tf.constant(new int[] {-1, 1}));
        Operand<TFloat32> perValue = loss == Loss.BINARY_CROSSENTROPY
                // −(y·log σ(z) + (1 − y)·log(1 − σ(z))) = max(z, 0) − z·y + log(1 + exp(−|z|)).
                ? tf.math.add(tf.math.sub(tf.math.maximum(z, tf.constant(0f)), tf.math.mul(z, y)),
                        tf.math.log1p(tf.math.exp(tf.math.neg(tf.math.abs(z)))))
                : tf.math.squaredDifference(y, dev.lamina.runtime.layer.Activations.apply(tf, activation, z));
        // Keras: the mean over the units, then over the batch; with equal widths, the mean of all.
        return tf.math.mean(tf.reshape(perValue, tf.constant(new int[] {-1})), tf.constant(0));
    }

    /** The number of correct predictions in the batch (as Keras resolves {@code "accuracy"} for this loss). */
    Operand<TFloat32> correctCount(Ops tf, Operand<TFloat32> logits, Operand<TInt32> labels) {
        if (!hasAccuracy()) {
            return tf.constant(Float.NaN);
        }
        Operand<TInt32> predicted = loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY
                ? tf.math.argMax(logits, tf.constant(1), TInt32.class)
                // p > 0.5 exactly when z > 0.
                : tf.dtypes.cast(tf.math.greater(tf.reshape(logits, tf.constant(new int[] {-1})), tf.constant(0f)),
                        TInt32.class);
        return tf.sum(tf.dtypes.cast(tf.math.equal(predicted, labels), TFloat32.class), tf.constant(0));
    }
}
