package dev.lamina.runtime.train;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Target;
import dev.lamina.runtime.layer.Activations;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A loss and its metrics. Cross-entropies are computed from the output layer's logits: that
 * keeps the loss finite and its gradient exact when the network is confidently wrong
 * ({@code log(softmax(z))} underflows where {@code log_softmax(z)} does not); tf.keras 2.x does
 * the same for a softmax or sigmoid output. The regression losses compare the activated outputs.
 * The target is the fed targets (a float tensor {@code [batch, width]}, as Keras's {@code y_true};
 * class indices are whole numbers in it), or the input itself for an autoencoder.
 */
final class LossFunction {
    /** Keras's default {@code delta} of the Huber loss. */
    static final float HUBER_DELTA = 1f;

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
            case BINARY_CROSSENTROPY -> outputActivation != Activation.SIGMOID ? "needs a SIGMOID output layer"
                    : target == Target.LABELS && units != 1 ? "against labels needs a 1-unit output layer" : null;
            case MEAN_SQUARED_ERROR, MEAN_ABSOLUTE_ERROR, HUBER -> null;
        };
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
        return target == Target.LABELS && !loss.isRegression();
    }

    /** Whether the outputs are compared with real values (a regression or a reconstruction). */
    boolean comparesValues() {
        return target == Target.INPUT || loss.isRegression();
    }

    /** The loss, as declared. */
    Loss loss() {
        return loss;
    }

    /** The target, as declared. */
    Target target() {
        return target;
    }

    /** The output layer's width. */
    int units() {
        return units;
    }

    /**
     * Of the declared metrics, those this loss measures, in order: accuracy for a classification
     * (silently absent otherwise, as before regression metrics existed); the regression metrics
     * for a regression or reconstruction, and an error on a classification, where they compare
     * nothing meaningful.
     */
    List<Metric> measured(List<Metric> declared, String modelName) {
        for (Metric metric : declared) {
            if (metric.isRegression() && !comparesValues()) {
                throw new IllegalStateException(modelName + " declares " + metric + " (" + metric.logName()
                        + "), a regression metric, with loss " + loss + ": a classification has no values to compare."
                        + " Declare metrics = ACCURACY, or use a regression loss.");
            }
        }
        return declared.stream().filter(metric -> metric.isRegression() || hasAccuracy()).toList();
    }

    /**
     * The loss averaged over the batch (and over the output units).
     *
     * @param targets the batch's targets, {@code [batch, width]}; unused for an autoencoder
     * @param input the batch's input, the target of an autoencoder
     */
    Operand<TFloat32> meanLoss(Ops tf, Operand<TFloat32> logits, Operand<TFloat32> targets, Operand<TFloat32> input) {
        if (loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
            // −log softmax(z)[y]. SparseSoftmaxCrossEntropyWithLogits has no gradient in TF Java:
            // one-hot labels through SoftmaxCrossEntropyWithLogits compute the same value.
            return tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits,
                    tf.oneHot(classes(tf, targets), tf.constant(units), tf.constant(1f), tf.constant(0f))).loss(),
                    tf.constant(0));
        }
        Operand<TFloat32> z = tf.reshape(logits, tf.constant(new int[] {-1, units}));
        Operand<TFloat32> y = expected(tf, targets, input);
        Operand<TFloat32> perValue = switch (loss) {
            // −(y·log σ(z) + (1 − y)·log(1 − σ(z))) = max(z, 0) − z·y + log(1 + exp(−|z|)).
            case BINARY_CROSSENTROPY -> tf.math.add(tf.math.sub(tf.math.maximum(z, tf.constant(0f)), tf.math.mul(z, y)),
                    tf.math.log1p(tf.math.exp(tf.math.neg(tf.math.abs(z)))));
            case MEAN_ABSOLUTE_ERROR -> tf.math.abs(tf.math.sub(y, predicted(tf, z)));
            case HUBER -> huber(tf, tf.math.abs(tf.math.sub(y, predicted(tf, z))));
            default -> tf.math.squaredDifference(y, predicted(tf, z));
        };
        // Keras: the mean over the units, then over the batch; with equal widths, the mean of all.
        return tf.math.mean(tf.reshape(perValue, tf.constant(new int[] {-1})), tf.constant(0));
    }

    /**
     * Keras's Huber loss of an absolute error {@code e} with δ = 1: with {@code q = min(e, δ)},
     * {@code q²/2 + δ·(e − q)}, which is {@code e²/2} for {@code e <= δ} and
     * {@code δ·e − δ²/2} beyond.
     */
    private static Operand<TFloat32> huber(Ops tf, Operand<TFloat32> e) {
        Operand<TFloat32> delta = tf.constant(HUBER_DELTA);
        Operand<TFloat32> q = tf.math.minimum(e, delta);
        return tf.math.add(tf.math.mul(tf.constant(0.5f), tf.math.square(q)), tf.math.mul(delta, tf.math.sub(e, q)));
    }

    /**
     * The batch's sum of {@code metric} over its examples, which the epoch (or an evaluation)
     * adds up and divides by the example count ({@link Totals}): the number correct for accuracy,
     * {@code Σ mean_units |y − ŷ|} for MAE, {@code Σ mean_units (y − ŷ)²} for MSE and RMSE.
     */
    Operand<TFloat32> metricSum(Ops tf, Metric metric, Operand<TFloat32> logits, Operand<TFloat32> targets,
            Operand<TFloat32> input) {
        if (metric == Metric.ACCURACY) {
            return correctCount(tf, logits, targets);
        }
        Operand<TFloat32> error = tf.math.sub(expected(tf, targets, input),
                predicted(tf, tf.reshape(logits, tf.constant(new int[] {-1, units}))));
        Operand<TFloat32> perValue = metric == Metric.MAE ? tf.math.abs(error) : tf.math.square(error);
        return tf.math.div(tf.sum(tf.reshape(perValue, tf.constant(new int[] {-1})), tf.constant(0)),
                tf.constant((float) units));
    }

    /** The number of correct predictions in the batch (as Keras resolves {@code "accuracy"} for this loss). */
    private Operand<TFloat32> correctCount(Ops tf, Operand<TFloat32> logits, Operand<TFloat32> targets) {
        Operand<TInt32> predicted = loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY
                ? tf.math.argMax(logits, tf.constant(1), TInt32.class)
                // p > 0.5 exactly when z > 0.
                : tf.dtypes.cast(tf.math.greater(tf.reshape(logits, tf.constant(new int[] {-1})), tf.constant(0f)),
                        TInt32.class);
        return tf.sum(tf.dtypes.cast(tf.math.equal(predicted, classes(tf, targets)), TFloat32.class), tf.constant(0));
    }

    /** Class indices (or 0/1 labels) as integers, one per example. */
    private static Operand<TInt32> classes(Ops tf, Operand<TFloat32> targets) {
        return tf.dtypes.cast(tf.reshape(targets, tf.constant(new int[] {-1})), TInt32.class);
    }

    /** What the outputs are compared with, {@code [batch, units]}: the input, or the targets. */
    private Operand<TFloat32> expected(Ops tf, Operand<TFloat32> targets, Operand<TFloat32> input) {
        return tf.reshape(target == Target.INPUT ? input : targets, tf.constant(new int[] {-1, units}));
    }

    /** The activated outputs from the logits {@code z}. */
    private Operand<TFloat32> predicted(Ops tf, Operand<TFloat32> z) {
        return Activations.apply(tf, activation, z);
    }
}
