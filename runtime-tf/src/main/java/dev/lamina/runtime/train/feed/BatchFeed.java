package dev.lamina.runtime.train.feed;

import dev.lamina.runtime.data.Batches;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.types.TFloat32;

/**
 * The input tensors of the training and evaluation loops, made once and refilled for every
 * batch: a batch costs one gather into reused arrays and one bulk copy into the tensors, and no
 * allocation. A last, smaller batch gets its own pair of tensors, also made once ({@link
 * TensorsBySize}). Valid until
 * closed; a fed tensor is read by {@code Session.run} and not kept by TensorFlow afterwards.
 */
public final class BatchFeed implements StepFeed {
    private final Operand<TFloat32> featuresTarget;
    private final Operand<TFloat32> labelsTarget;
    private final long[] exampleShape;
    private final int exampleSize;
    private final float[] features;
    private final int targetWidth;
    private final float[] labels;
    private final TensorsBySize<Tensors> bySize;
    private Tensors current;

    /**
     * @param featuresTarget the placeholder fed the features
     * @param labelsTarget the placeholder fed the targets, {@code [batch, targetWidth]}
     * @param targetWidth the number of target values per example
     * @param batchSize the largest batch to be loaded (at most the data set's size)
     */
    public BatchFeed(Operand<TFloat32> featuresTarget, Operand<TFloat32> labelsTarget, long[] exampleShape, int exampleSize,
            int targetWidth, int batchSize) {
        this.featuresTarget = featuresTarget;
        this.labelsTarget = labelsTarget;
        this.exampleShape = exampleShape.clone();
        this.exampleSize = exampleSize;
        features = new float[batchSize * exampleSize];
        this.targetWidth = targetWidth;
        labels = new float[batchSize * targetWidth];
        bySize = new TensorsBySize<>(batchSize, Tensors::new);
    }

    @Override
    public int load(Batches batches, int index) {
        int count = batches.fill(index, features, labels);
        current = bySize.forSize(count);
        current.featureData.write(features, 0, count * exampleSize);
        current.labelData.write(labels, 0, count * targetWidth);
        return count;
    }

    @Override
    public Session.Runner feed(Session.Runner runner) {
        return runner.feed(featuresTarget, current.features).feed(labelsTarget, current.labels);
    }

    @Override
    public void close() {
        bySize.close();
    }

    private final class Tensors implements TensorsBySize.Owned {
        final TFloat32 features;
        final TFloat32 labels;
        final FloatDataBuffer featureData;
        final FloatDataBuffer labelData;

        Tensors(int size) {
            long[] shape = new long[exampleShape.length + 1];
            shape[0] = size;
            System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
            features = TFloat32.tensorOf(Shape.of(shape));
            labels = TFloat32.tensorOf(Shape.of(size, targetWidth));
            featureData = features.asRawTensor().data().asFloats();
            labelData = labels.asRawTensor().data().asFloats();
        }

        @Override
        public void close() {
            features.close();
            labels.close();
        }
    }
}
