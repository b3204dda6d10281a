package dev.lamina.runtime.train;

import dev.lamina.runtime.data.Batches;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.IntDataBuffer;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TInt32;

/**
 * Feeds a step its batch's example indices into the {@link ResidentData}: one tensor of batch
 * size, made once and refilled (a smaller one, also made once, for a last partial batch).
 */
final class IndexFeed implements StepFeed {
    private final Placeholder<TInt32> target;
    private final int[] indices;
    private final TInt32 full;
    private TInt32 partial;
    private TInt32 current;
    private final IntDataBuffer fullData;
    private IntDataBuffer partialData;

    IndexFeed(Placeholder<TInt32> target, int batchSize) {
        this.target = target;
        indices = new int[batchSize];
        full = TInt32.tensorOf(Shape.of(batchSize));
        fullData = full.asRawTensor().data().asInts();
    }

    @Override
    public int load(Batches batches, int index) {
        int count = batches.fillIndices(index, indices);
        if (count == indices.length) {
            current = full;
            fullData.write(indices, 0, count);
        } else {
            if (partial == null || partial.shape().size(0) != count) {
                if (partial != null) {
                    partial.close();
                }
                partial = TInt32.tensorOf(Shape.of(count));
                partialData = partial.asRawTensor().data().asInts();
            }
            current = partial;
            partialData.write(indices, 0, count);
        }
        return count;
    }

    @Override
    public Session.Runner feed(Session.Runner runner) {
        return runner.feed(target, current);
    }

    @Override
    public void close() {
        full.close();
        if (partial != null) {
            partial.close();
        }
    }
}
