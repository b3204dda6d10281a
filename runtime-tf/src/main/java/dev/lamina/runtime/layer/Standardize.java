package dev.lamina.runtime.layer;

import dev.lamina.dsl.Init;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.init.Initializer;
import java.util.Arrays;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Keras's {@code Normalization} layer once adapted: {@code y = (x − mean) / max(sqrt(variance), ε)},
 * {@code ε = 1e-7} (Keras's {@code backend.epsilon()}, which keeps a constant feature finite), the
 * same in every mode.
 *
 * <p>{@code mean} and {@code variance} are the non-trainable variables {@code <name>/mean} (zeros)
 * and {@code <name>/variance} (ones) of shape {@code featureShape}; they broadcast against the
 * trailing dimensions of the input. Until they are assigned the layer is the identity. Keras's
 * {@code adapt} is split in two: {@link #statistics} computes them on the host from the training
 * set, and the training loop assigns them through {@link #mean()} and {@link #variance()}.
 *
 * <p>With {@code featureShape} equal to the example shape, each input position has its own
 * statistics (Keras's {@code Normalization(axis=...)} over every non-batch axis; Keras's default
 * {@code axis=-1} would share them along all but the last axis).
 */
public final class Standardize extends Layer {
    /** Keras's {@code backend.epsilon()}: the smallest standard deviation divided by. */
    static final float EPSILON = 1e-7f;

    private final long[] featureShape;
    private Weight mean;
    private Weight variance;

    /**
     * @param name the layer's name
     * @param featureShape the shape of the statistics (usually one example's shape, without the
     *     batch dimension); every dimension positive
     */
    public Standardize(String name, long[] featureShape) {
        super(name);
        if (featureShape == null || featureShape.length == 0 || Arrays.stream(featureShape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("Standardize '" + name + "': expected a feature shape of positive dimensions."
                    + " Received: featureShape=" + Arrays.toString(featureShape));
        }
        this.featureShape = featureShape.clone();
    }

    /** The shape of {@link #mean()} and {@link #variance()}. */
    public long[] featureShape() {
        return featureShape.clone();
    }

    /** The number of values in {@link #mean()} (and {@link #variance()}): the product of the feature shape. */
    public long featureSize() {
        return Shape.of(featureShape).size();
    }

    /** The per-feature mean subtracted, {@code <name>/mean} (not trainable). */
    public Weight mean() {
        return requireBuilt(mean);
    }

    /** The per-feature population variance whose square root divides, {@code <name>/variance} (not trainable). */
    public Weight variance() {
        return requireBuilt(variance);
    }

    /**
     * The mean and the population variance (divided by {@code n}, as Keras's {@code adapt}) of
     * each of the {@code exampleSize()} values of an example over the data set, for {@link
     * #mean()} and {@link #variance()}. Two passes in double precision: the mean first, then the
     * mean squared deviation from it, which avoids the cancellation of {@code E[x²] − E[x]²}
     * (pixel values of 0..255 would lose digits in it).
     *
     * @return {@code {mean, variance}}, each of length {@code data.exampleSize()}, example values
     *     in row-major order
     * @throws IllegalArgumentException if the data set is empty
     */
    public static float[][] statistics(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("Standardize.statistics: expected a non-empty data set. Received: " + data);
        }
        int n = data.size();
        int size = data.exampleSize();
        float[] example = new float[size];
        double[] sum = new double[size];
        for (int i = 0; i < n; i++) {
            data.copyExample(i, example, 0);
            for (int j = 0; j < size; j++) {
                sum[j] += example[j];
            }
        }
        double[] mean = new double[size];
        for (int j = 0; j < size; j++) {
            mean[j] = sum[j] / n;
        }
        double[] squares = new double[size];
        for (int i = 0; i < n; i++) {
            data.copyExample(i, example, 0);
            for (int j = 0; j < size; j++) {
                double d = example[j] - mean[j];
                squares[j] += d * d;
            }
        }
        float[][] result = new float[2][size];
        for (int j = 0; j < size; j++) {
            result[0][j] = (float) mean[j];
            result[1][j] = (float) (squares[j] / n);
        }
        return result;
    }

    @Override
    protected void createWeights(BuildContext context) {
        Shape shape = Shape.of(featureShape);
        mean = addWeight(context.createState(name(), "mean", shape, Initializer.of(Init.ZEROS)));
        variance = addWeight(context.createState(name(), "variance", shape, Initializer.of(Init.ONES)));
    }

    @Override
    public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
        Operand<TFloat32> std = tf.math.maximum(tf.math.sqrt(tf.identity(variance().variable())), tf.constant(EPSILON));
        return tf.math.div(tf.math.sub(x, tf.identity(mean().variable())), std);
    }

    private Weight requireBuilt(Weight weight) {
        if (weight == null) {
            throw new IllegalStateException("Standardize '" + name() + "' is not built yet: create the model first");
        }
        return weight;
    }
}
