package dev.lamina.runtime.layer;

import org.tensorflow.op.Ops;

/** Naming graph ops by path ({@code hidden1/kernel}); TensorFlow Java takes one segment at a time. */
public final class OpNames {
    private OpNames() {}

    /** Ops whose next op is named {@code path}: each segment but the last becomes a sub-scope. */
    public static Ops named(Ops tf, String path) {
        String[] segments = path.split("/");
        Ops scoped = tf;
        for (int i = 0; i < segments.length - 1; i++) {
            scoped = scoped.withSubScope(segments[i]);
        }
        return scoped.withName(segments[segments.length - 1]);
    }
}
