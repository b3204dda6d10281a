package dev.lamina.runtime.train.feed;

import dev.lamina.runtime.data.Batches;
import org.tensorflow.Session;

/** What a training or evaluation loop feeds a step, refilled batch after batch without allocating. */
public interface StepFeed extends AutoCloseable {
    /** Loads batch {@code index} of {@code batches}; returns its size. */
    int load(Batches batches, int index);

    /** Feeds the batch loaded last to {@code runner}. */
    Session.Runner feed(Session.Runner runner);

    @Override
    void close();
}
