package dev.lamina.runtime.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The training images on their way from bytes to floats, between the two threads of {@link
 * FashionMnist#loadFrom}. The loader thread ({@link BackgroundLoad}) allocates the arrays and
 * hands them over as futures. The calling thread inflates into the bytes block by block and queues
 * each block once it is there. The blocks are converted to floats from the front of the queue by
 * the loader thread as they arrive, and from its back by the calling thread once it has inflated
 * them all, until the queue is empty; then the calling thread queues {@link #NO_MORE_BLOCKS}.
 */
final class TrainImageHandOver {
    private static final int TOTAL = FashionMnist.TRAIN_COUNT * FashionMnist.PIXELS;
    /** How many image bytes are inflated before they are queued for conversion (about 800 KB). */
    private static final int BLOCK = 1024 * FashionMnist.PIXELS;
    /** Queued after the last block, once every block is claimed: the loader thread stops there. */
    private static final int NO_MORE_BLOCKS = TOTAL;

    /** The first 55,000 images as floats ({@code train}), and the last 5,000 ({@code valid}). */
    record Floats(float[] train, float[] valid) {}

    private final CompletableFuture<byte[]> bytes = new CompletableFuture<>();
    private final CompletableFuture<Floats> floats = new CompletableFuture<>();
    /**
     * The first byte of each block that is inflated but not yet claimed for conversion, in order;
     * a block ends where the next begins ({@link #BLOCK} bytes on) or at the end of the images.
     */
    private final BlockingDeque<Integer> inflated = new LinkedBlockingDeque<>();

    /**
     * The loader thread's first part: allocates the arrays and hands them over, bytes first, so
     * that inflating can start while the floats are allocated. If that fails, the calling thread
     * gets the failure instead of the arrays.
     */
    void allocate() {
        try {
            bytes.complete(new byte[TOTAL]);
            floats.complete(new Floats(new float[FashionMnist.TRAIN_END * FashionMnist.PIXELS],
                    new float[FashionMnist.VALID_COUNT * FashionMnist.PIXELS]));
        } catch (Throwable e) {
            fail(e);
            throw e;
        }
    }

    /** The arrays will not come: whoever waits for them, or will, gets {@code cause}. */
    void fail(Throwable cause) {
        bytes.completeExceptionally(cause);
        floats.completeExceptionally(cause);
    }

    /**
     * The calling thread's first part: inflates the training images in {@code file} into the
     * bytes, once they are there, queueing each block for conversion.
     */
    void inflate(Path file) {
        try (IdxReader.Values values = FashionMnist.openImages(file, FashionMnist.TRAIN_COUNT)) {
            byte[] into = LoaderThread.await(bytes);
            for (int start = 0; start < TOTAL; start += BLOCK) {
                values.read(into, start, end(start) - start);
                inflated.addLast(start);
            }
            values.finish();
        } catch (IOException e) {
            throw FashionMnist.cannotLoad(file, e);
        }
    }

    /**
     * The loader thread's last part: converts blocks from the front of the queue as they are
     * inflated, until {@link #NO_MORE_BLOCKS}.
     *
     * @throws InterruptedException if interrupted meanwhile: the calling thread failed
     */
    void convertFromFront() throws InterruptedException {
        byte[] src = LoaderThread.await(bytes);
        Floats dst = LoaderThread.await(floats);
        for (int start = nextBlock(); start != NO_MORE_BLOCKS; start = nextBlock()) {
            convert(src, dst, start);
        }
    }

    /** Takes the front block, waiting for one if none is queued; interrupted, takes none. */
    private int nextBlock() throws InterruptedException {
        // A queue that holds blocks answers without looking at the interrupt.
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return inflated.takeFirst();
    }

    /**
     * The calling thread's last part, once every block is inflated: converts blocks from the back
     * of the queue until it is empty, then tells the loader thread that no more will come.
     */
    void convertFromBack() {
        byte[] src = LoaderThread.await(bytes);
        Floats dst = LoaderThread.await(floats);
        for (Integer start = inflated.pollLast(); start != null; start = inflated.pollLast()) {
            convert(src, dst, start);
        }
        inflated.addLast(NO_MORE_BLOCKS);
    }

    /**
     * The converted images; complete once both threads' parts have returned (the loader thread's
     * result is awaited first, which also makes its conversions visible).
     */
    Floats floats() {
        return LoaderThread.await(floats);
    }

    /** How many inflated blocks wait to be claimed for conversion. */
    int blocksQueued() {
        return inflated.size();
    }

    private static int end(int start) {
        return Math.min(start + BLOCK, TOTAL);
    }

    /** Converts the block from {@code start} on: images before the split to {@code train}, the rest to {@code valid}. */
    private static void convert(byte[] src, Floats dst, int start) {
        int end = end(start);
        int split = dst.train().length;
        if (start < split) {
            int trainEnd = Math.min(end, split);
            PixelScaling.toFloats(src, start, dst.train(), start, trainEnd - start);
            start = trainEnd;
        }
        if (start < end) {
            PixelScaling.toFloats(src, start, dst.valid(), start - split, end - start);
        }
    }
}
