package dev.lamina.runtime.train.feed;

import dev.lamina.runtime.data.Batches;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.IntDataBuffer;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TInt32;

/**
 * Feeds a step its batch's example indices into the training graph's resident data: one tensor of batch
 * size, made once and refilled (a smaller one, also made once, for a last partial batch; see
 * {@link TensorsBySize}).
 */
public final class IndexFeed implements StepFeed {
    private final Placeholder<TInt32> target;
    private final int[] indices;
    private final TensorsBySize<Indices> bySize;
    private Indices current;

    public IndexFeed(Placeholder<TInt32> target, int batchSize) {
        this.target = target;
        indices = new int[batchSize];
        bySize = new TensorsBySize<>(batchSize, Indices::new);
    }

    @Override
    public int load(Batches batches, int index) {
        int count = batches.fillIndices(index, indices);
        current = bySize.forSize(count);
        current.data.write(indices, 0, count);
        return count;
    }

    @Override
    public Session.Runner feed(Session.Runner runner) {
        return runner.feed(target, current.tensor);
    }

    @Override
    public void close() {
        bySize.close();
    }

    /** The indices tensor for one batch size, with its buffer. */
    private static final class Indices implements TensorsBySize.Owned {
        final TInt32 tensor;
        final IntDataBuffer data;

        Indices(int size) {
            tensor = TInt32.tensorOf(Shape.of(size));
            data = tensor.asRawTensor().data().asInts();
        }

        @Override
        public void close() {
            tensor.close();
        }
    }
}
