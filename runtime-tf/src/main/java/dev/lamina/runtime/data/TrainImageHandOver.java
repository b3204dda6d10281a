package dev.lamina.runtime.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The training images on their way from bytes to floats, shared by the two threads of {@link
 * FashionMnist#loadFrom}. The helper ({@link LoaderHelper}) provides the arrays; the main thread
 * inflates into the bytes and says how far it got; the bytes are converted block by block, claimed
 * from the front by the helper as they arrive and from the back by the main thread once all are
 * there, until the claims meet.
 */
final class TrainImageHandOver {
    private static final int TOTAL = FashionMnist.TRAIN_COUNT * FashionMnist.PIXELS;
    /** How many image bytes are inflated before the converting thread is told (about 800 KB). */
    private static final int BLOCK = 1024 * FashionMnist.PIXELS;
    private byte[] bytes;
    private boolean bytesProvided;
    float[] train;
    float[] valid;
    private boolean floatsProvided;
    private int inflated;
    private boolean abandoned;
    /** Bytes {@code [front, back)} are not yet claimed for conversion. */
    private int front;
    private int back = TOTAL;

    /** The array to inflate into, or null if the helper failed; only the first call counts. */
    synchronized void provideBytes(byte[] bytes) {
        if (!bytesProvided) {
            this.bytes = bytes;
            bytesProvided = true;
            notifyAll();
        }
    }

    /** The arrays to convert into, or nulls if the helper failed; only the first call counts. */
    synchronized void provideFloats(float[] train, float[] valid) {
        if (!floatsProvided) {
            this.train = train;
            this.valid = valid;
            floatsProvided = true;
            notifyAll();
        }
    }

    /**
     * The main thread's first part: inflates the training images in {@code file} into the byte
     * array the helper provides, telling of each block, for the helper to convert.
     */
    void inflate(Path file) {
        try (IdxReader.Values values = FashionMnist.openImages(file, FashionMnist.TRAIN_COUNT)) {
            byte[] into = awaitBytes();
            if (into == null) {
                // The helper failed; its error is reported unless this file has one, as before.
                into = new byte[values.count()];
            }
            for (int done = 0; done < into.length; ) {
                int n = Math.min(BLOCK, into.length - done);
                values.read(into, done, n);
                done += n;
                inflated(done);
            }
            values.finish();
        } catch (IOException e) {
            throw FashionMnist.cannotLoad(file, e);
        }
    }

    /** Waits for {@link #provideBytes}; an interrupt meanwhile is kept for the caller. */
    private synchronized byte[] awaitBytes() {
        boolean interrupted = false;
        while (!bytesProvided) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return bytes;
    }

    /** The main thread has inflated the first {@code count} bytes. */
    private synchronized void inflated(int count) {
        inflated = count;
        notifyAll();
    }

    /** The main thread failed: the helper may stop. */
    synchronized void abandon() {
        abandoned = true;
        notifyAll();
    }

    synchronized boolean abandoned() {
        return abandoned;
    }

    /**
     * The helper's part: converts blocks from the front as they are inflated, until the
     * claims meet. Returns false if the main thread failed (its error is the one to report).
     */
    boolean convertFromFront() throws InterruptedException {
        while (true) {
            int start;
            int end;
            synchronized (this) {
                while (!abandoned && front < back && inflated <= front) {
                    wait();
                }
                if (abandoned) {
                    return false;
                }
                if (front >= back) {
                    return true;
                }
                start = front;
                end = Math.min(Math.min(inflated, back), front + BLOCK);
                front = end;
            }
            convert(start, end);
        }
    }

    /**
     * The main thread's part, once every byte is inflated: converts blocks from the back
     * until the claims meet. Does nothing if the helper failed before providing the floats.
     */
    void convertFromBack() {
        synchronized (this) {
            boolean interrupted = false;
            while (!floatsProvided) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (train == null) {
                return;
            }
        }
        while (true) {
            int start;
            int end;
            synchronized (this) {
                if (back <= front) {
                    return;
                }
                end = back;
                start = Math.max(front, back - BLOCK);
                back = start;
                notifyAll();
            }
            convert(start, end);
        }
    }

    /** Converts bytes {@code [start, end)}: the first 55,000 images to {@code train}, the rest to {@code valid}. */
    private void convert(int start, int end) {
        int split = train.length;
        if (start < split) {
            int trainEnd = Math.min(end, split);
            PixelScaling.toFloats(bytes, start, train, start, trainEnd - start);
            start = trainEnd;
        }
        if (start < end) {
            PixelScaling.toFloats(bytes, start, valid, start - split, end - start);
        }
    }
}
