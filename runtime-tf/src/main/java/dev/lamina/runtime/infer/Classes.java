package dev.lamina.runtime.infer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading classes off a classifier's output row ({@code model.predict(row)}): NumPy's
 * {@code argmax}, and the {@code k} most probable classes as Keras's {@code top_k}, optionally
 * with the classes' names.
 */
public final class Classes {
    private Classes() {}

    /** The index of the largest value; the first one on a tie, as NumPy's {@code argmax}. */
    public static int argmax(float[] probabilities) {
        requireNonEmpty(probabilities);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** {@link #argmax(float[])} of each row. */
    public static int[] argmax(float[][] probabilities) {
        int[] classes = new int[probabilities.length];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = argmax(probabilities[i]);
        }
        return classes;
    }

    /**
     * The {@code k} most probable classes, most probable first; equal probabilities in index order
     * (as {@code tf.math.top_k}). {@code k} larger than the number of classes gives them all.
     */
    public static List<ClassScore> topK(float[] probabilities, int k) {
        requireNonEmpty(probabilities);
        if (k < 1) {
            throw new IllegalArgumentException("topK: expected k ≥ 1. Received: " + k);
        }
        List<ClassScore> scores = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            scores.add(new ClassScore(i, probabilities[i]));
        }
        // List.sort is stable: equal probabilities keep their index order.
        scores.sort(Comparator.comparingDouble(ClassScore::probability).reversed());
        return List.copyOf(scores.subList(0, Math.min(k, scores.size())));
    }

    /**
     * As {@link #topK(float[], int)}, each score carrying its class's name from {@code classNames}
     * (index → name), which must name every class of the row.
     */
    public static List<ClassScore> topK(float[] probabilities, int k, List<String> classNames) {
        if (classNames.size() != probabilities.length) {
            throw new IllegalArgumentException("topK: " + classNames.size() + " class names for " + probabilities.length
                    + " classes. Received names: " + classNames);
        }
        return topK(probabilities, k).stream().map(score -> score.named(classNames)).toList();
    }

    private static void requireNonEmpty(float[] probabilities) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("expected a row of class probabilities. Received an empty row");
        }
    }
}
