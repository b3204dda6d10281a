package dev.lamina.runtime.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The helper thread's work in {@link FashionMnist#loadFrom}: allocates the training bytes and
 * floats (for {@link TrainImageHandOver}), reads the test images into their floats, then converts
 * training bytes from the front as they are inflated. Its fields are read after {@link
 * Thread#join}.
 *
 * <p>It makes every large allocation, so that none is made on the main thread meanwhile: a
 * large array is zeroed outside any safepoint, and a garbage collection the other thread
 * asked for would wait for that (about 100 ms for the training floats).
 */
final class LoaderHelper implements Runnable {
    /**
     * The test images' bytes pass through a buffer of this size (100 KB): small enough not to be a
     * "humongous" allocation for G1, which could start a garbage collection.
     */
    private static final int CHUNK = 128 * FashionMnist.PIXELS;

    private final Path testImages;
    private final TrainImageHandOver trainImages;
    float[] test;
    private Throwable failure;
    private boolean complete;

    LoaderHelper(Path testImages, TrainImageHandOver trainImages) {
        this.testImages = testImages;
        this.trainImages = trainImages;
    }

    @Override
    public void run() {
        try {
            trainImages.provideBytes(new byte[FashionMnist.TRAIN_COUNT * FashionMnist.PIXELS]);
            trainImages.provideFloats(new float[FashionMnist.TRAIN_END * FashionMnist.PIXELS],
                    new float[FashionMnist.VALID_COUNT * FashionMnist.PIXELS]);
            if (readTestImages() && trainImages.convertFromFront()) {
                complete = true;
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            trainImages.provideBytes(null);
            trainImages.provideFloats(null, null);
        }
    }

    /** Returns false if the main thread failed meanwhile (its error wins). */
    private boolean readTestImages() {
        if (trainImages.abandoned()) {
            return false;
        }
        try (IdxReader.Values values = FashionMnist.openImages(testImages, FashionMnist.TEST_COUNT)) {
            int count = values.count();
            test = new float[count];
            byte[] chunk = new byte[Math.min(count, CHUNK)];
            for (int done = 0; done < count; ) {
                if (trainImages.abandoned()) {
                    return false;
                }
                int n = Math.min(chunk.length, count - done);
                values.read(chunk, 0, n);
                PixelScaling.toFloats(chunk, 0, test, done, n);
                done += n;
            }
            values.finish();
            return true;
        } catch (IOException e) {
            throw FashionMnist.cannotLoad(testImages, e);
        }
    }

    /** Rethrows what stopped the helper, on the caller's thread. */
    void rethrowFailure() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null || !complete) {
            throw new IllegalStateException("Fashion-MNIST loading stopped unexpectedly", failure);
        }
    }
}
