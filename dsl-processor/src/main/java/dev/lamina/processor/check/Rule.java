package dev.lamina.processor.check;

import dev.lamina.processor.spec.ModelSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * One independent check. A rule reads the model and reports what is wrong; it never stops the
 * others. What it takes for granted it says in {@link #requires()}, and the checker runs it only
 * where that holds; what it checks for others to take for granted it says in
 * {@link #establishes()}. What the catalogue lists of a rule (its id, severity and summary) is
 * given once, to the constructor.
 */
public abstract class Rule {
    private final String id;
    private final Kind severity;
    private final String summary;
    private final EnumSet<Requirement> requires = EnumSet.of(Requirement.MODEL_TYPE);
    private final EnumSet<Requirement> establishes = EnumSet.noneOf(Requirement.class);

    /**
     * @param id the stable id, {@code lamina:<kebab-name>}
     * @param severity {@link Kind#ERROR} or {@link Kind#WARNING}
     * @param summary what the rule requires, in one line without a trailing period
     */
    protected Rule(String id, Kind severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    /**
     * The stable id, {@code lamina:<kebab-name>}: printed with every message, grepped by tests, and
     * the key that suppresses a warning.
     */
    public final String id() {
        return id;
    }

    /** {@link Kind#ERROR} or {@link Kind#WARNING}; only warnings can be suppressed. */
    public final Kind severity() {
        return severity;
    }

    /** What the rule requires, in one line without a trailing period, as the docs list it. */
    public final String summary() {
        return summary;
    }

    /**
     * Declares, in the constructor, what the rule takes for granted, in place of the default, the
     * model type (see {@link #requires()}); none for a rule that checks what everything else
     * takes for granted.
     */
    protected final void require(Requirement... requirements) {
        requires.clear();
        requires.addAll(List.of(requirements));
    }

    /** Declares, in the constructor, what an error of the rule breaks (see {@link #establishes()}). */
    protected final void establish(Requirement... requirements) {
        establishes.addAll(List.of(requirements));
    }

    /**
     * What the rule takes for granted: the checker runs it only on a model where each of these
     * holds, and never before the rules that establish them. By default the model type: the
     * runtime is there, and the model is something a generated class can complete.
     */
    public final Set<Requirement> requires() {
        return EnumSet.copyOf(requires);
    }

    /**
     * What an error of this rule breaks for the rules that require it; by default nothing. An error
     * reported with {@link Findings#reportBreakingNothing} breaks nothing.
     */
    public final Set<Requirement> establishes() {
        return EnumSet.copyOf(establishes);
    }

    /** Reports every violation in {@code model} to {@code findings}. */
    public abstract void check(ModelSpec model, RuleContext context, Findings findings);
}
