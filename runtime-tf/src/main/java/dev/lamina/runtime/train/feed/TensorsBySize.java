package dev.lamina.runtime.train.feed;

import java.util.function.IntFunction;

/**
 * A step feed's tensors for each batch size it meets, made once each: one set for the full batch
 * size and one for a smaller last batch (an epoch has at most one; it is replaced if another size
 * comes).
 *
 * @param <T> the tensors for one batch size
 */
final class TensorsBySize<T extends TensorsBySize.Owned> implements AutoCloseable {
    /** Tensors that are closed with their holder. */
    interface Owned extends AutoCloseable {
        @Override
        void close();
    }

    private final int fullSize;
    private final IntFunction<T> make;
    private final T full;
    private T partial;
    private int partialSize;

    /** @param make the tensors for a batch size */
    TensorsBySize(int fullSize, IntFunction<T> make) {
        this.fullSize = fullSize;
        this.make = make;
        full = make.apply(fullSize);
    }

    /** The tensors for a batch of {@code size} examples. */
    T forSize(int size) {
        if (size == fullSize) {
            return full;
        }
        if (partial == null || partialSize != size) {
            if (partial != null) {
                partial.close();
            }
            partial = make.apply(size);
            partialSize = size;
        }
        return partial;
    }

    @Override
    public void close() {
        full.close();
        if (partial != null) {
            partial.close();
        }
    }
}
