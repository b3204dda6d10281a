package dev.lamina.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class TrainImageHandOverTest {
    private static final int[] SHAPE = {FashionMnist.TRAIN_COUNT, 28, 28};
    /** The training images come in blocks of 1,024 images: 58 full ones and one of 608. */
    private static final int BLOCKS = 59;

    @TempDir
    Path tmp;

    @Test
    void allocationFailureReachesTheThreadWaitingToInflate() throws IOException {
        // Only the header: inflating waits for the bytes before it reads any.
        Path file = IdxFiles.write(tmp.resolve("train-images"), SHAPE, new byte[0], false);
        TrainImageHandOver handOver = new TrainImageHandOver();
        OutOfMemoryError failure = new OutOfMemoryError("test");
        Thread inflating = Thread.currentThread();
        Thread loader = new Thread(() -> {
            LoaderThreadTest.awaitWaiting(inflating);
            handOver.fail(failure);
        });
        loader.start();

        assertSame(failure, assertThrows(OutOfMemoryError.class, () -> handOver.inflate(file)));
    }

    @Test
    void anInterruptedLoaderThreadLeavesTheQueuedBlocksToTheCallingThread() throws Exception {
        byte[] images = IdxFiles.counting(FashionMnist.TRAIN_COUNT * FashionMnist.PIXELS);
        Path file = IdxFiles.write(tmp.resolve("train-images"), SHAPE, images, false);
        TrainImageHandOver handOver = new TrainImageHandOver();
        handOver.allocate();
        handOver.inflate(file);

        CompletableFuture<Throwable> interrupted = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                handOver.convertFromFront();
                interrupted.complete(null);
            } catch (Throwable e) {
                interrupted.complete(e);
            }
        });
        loader.start();
        assertInstanceOf(InterruptedException.class, interrupted.get(), "an interrupt stops it though blocks are queued");
        assertEquals(BLOCKS, handOver.blocksQueued(), "an interrupted loader thread converts no block");
        handOver.convertFromBack();
        handOver.convertFromFront(); // returns at once: no more blocks will come
        assertEquals(0, handOver.blocksQueued());

        TrainImageHandOver.Floats floats = handOver.floats();
        assertEquals(FashionMnist.TRAIN_END * FashionMnist.PIXELS, floats.train().length);
        assertEquals(FashionMnist.VALID_COUNT * FashionMnist.PIXELS, floats.valid().length);
        for (int i = 0; i < images.length; i++) {
            float expected = (images[i] & 0xFF) / 255f;
            float actual = i < floats.train().length ? floats.train()[i] : floats.valid()[i - floats.train().length];
            if (Float.floatToRawIntBits(actual) != Float.floatToRawIntBits(expected)) {
                assertEquals(expected, actual, "byte " + i);
            }
        }
    }
}
