package dev.lamina.processor.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints a diagnostic on a declaration several models share once. Two models that extend one
 * interface of layers each check its layers, and a mistake there would be reported once per model,
 * on the same line, with the same words; it is reported the first time, on the shared declaration,
 * and left out after. Each model still counts it: a model with an error is not generated, whether
 * or not the error was printed for it. Diagnostics that differ in anything (a shape one model's
 * input gives) are each printed. Kept for one compilation; a compilation checks its models one at
 * a time.
 */
final class SharedDiagnostics {
    /** Everything printed so far, as {@link #key} makes it. */
    private final Set<List<Object>> printed = new HashSet<>();

    /** The diagnostics not printed yet, for this model or one checked before, in order. */
    List<Diagnostic> firstTimeOnly(List<Diagnostic> diagnostics) {
        List<Diagnostic> first = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (printed.add(key(diagnostic))) {
                first.add(diagnostic);
            }
        }
        return first;
    }

    /** What makes two diagnostics the same to the reader: what, how severe, where, in which words. */
    private static List<Object> key(Diagnostic diagnostic) {
        return Arrays.asList(diagnostic.id(), diagnostic.kind(), diagnostic.element(), diagnostic.mirror(),
                diagnostic.value(), diagnostic.message());
    }
}
