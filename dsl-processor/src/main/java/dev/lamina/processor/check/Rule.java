package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import javax.tools.Diagnostic.Kind;

/**
 * One independent check. A rule reads the model and reports what is wrong; it never stops the
 * others, and it never assumes another rule has passed unless it runs as a precondition (see
 * {@link Rules}).
 */
public interface Rule {

    /**
     * The stable id, {@code lamina:<kebab-name>}: printed with every message, grepped by tests, and
     * the key that suppresses a warning.
     */
    String id();

    /** {@link Kind#ERROR} or {@link Kind#WARNING}; only warnings can be suppressed. */
    Kind severity();

    /** What the rule requires, in one line without a trailing period, as the docs list it. */
    String summary();

    /** Reports every violation in {@code model} to {@code findings}. */
    void check(ModelSpec model, RuleContext context, Findings findings);
}
