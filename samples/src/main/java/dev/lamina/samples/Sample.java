package dev.lamina.samples;

import java.util.Map;

/** A runnable example of one chapter topic, listed by {@code samples/run --list}. */
public interface Sample {
    /** The name the launcher knows it by ({@code fashion}). */
    String name();

    /** One line for {@code --list}. */
    String description();

    /**
     * Trains and evaluates, writes {@code metrics.json} into {@code options.out()} and returns
     * what it wrote (at least {@code test_accuracy}, {@code test_loss}, {@code epochs},
     * {@code train_seconds}).
     */
    Map<String, Object> run(SampleOptions options);
}
