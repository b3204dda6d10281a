package dev.lamina.runtime.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The loader thread's work in {@link FashionMnist#loadFrom}: allocates the training images' bytes
 * and floats (for {@link TrainImageHandOver}), reads the test images into their floats, then
 * converts training bytes from the front as they are inflated. Returns the test images' floats.
 * Interrupted, it gives up (the calling thread failed, and its error is the one reported).
 *
 * <p>It makes every large allocation, so that none is made on the calling thread meanwhile: a
 * large array is zeroed outside any safepoint, and a garbage collection the other thread
 * asked for would wait for that (about 100 ms for the training floats).
 */
final class BackgroundLoad implements Callable<float[]> {
    /**
     * The test images' bytes pass through a buffer of this size (100 KB): small enough not to be a
     * "humongous" allocation for G1, which could start a garbage collection.
     */
    private static final int CHUNK = 128 * FashionMnist.PIXELS;

    private final Path testImages;
    private final TrainImageHandOver trainImages;

    BackgroundLoad(Path testImages, TrainImageHandOver trainImages) {
        this.testImages = testImages;
        this.trainImages = trainImages;
    }

    @Override
    public float[] call() throws InterruptedException {
        trainImages.allocate();
        float[] test = readTestImages();
        trainImages.convertFromFront();
        return test;
    }

    private float[] readTestImages() throws InterruptedException {
        try (IdxReader.Values values = FashionMnist.openImages(testImages, FashionMnist.TEST_COUNT)) {
            int count = values.count();
            float[] test = new float[count];
            byte[] chunk = new byte[Math.min(count, CHUNK)];
            for (int done = 0; done < count; ) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                int n = Math.min(chunk.length, count - done);
                values.read(chunk, 0, n);
                PixelScaling.toFloats(chunk, 0, test, done, n);
                done += n;
            }
            values.finish();
            return test;
        } catch (IOException e) {
            throw FashionMnist.cannotLoad(testImages, e);
        }
    }
}
