package dev.lamina.processor.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * Collects what rules report, so that every problem of a model is shown in one compile, and what
 * their errors broke for the rules that run after them (see {@link Requirement}).
 */
public final class Findings {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Requirement> broken = EnumSet.noneOf(Requirement.class);

    /**
     * Records a violation of {@code rule} at {@code location}, with the rule's id and severity. An
     * error breaks what the rule {@linkplain Rule#establishes() establishes}.
     */
    public void report(Rule rule, Location location, Message message) {
        report(rule, rule.severity(), location, message);
    }

    /**
     * Records a violation of {@code rule} with another severity than its own: a warning the model's
     * configuration makes an error ({@code preset = SELF_NORMALIZING} for the self-normalizing rules).
     */
    public void report(Rule rule, Kind kind, Location location, Message message) {
        add(rule, kind, location, message);
        if (kind == Kind.ERROR) {
            broken.addAll(rule.establishes());
        }
    }

    /**
     * Records an error of {@code rule} that leaves what the rule establishes intact: the output
     * layer is in its place, and only an attribute of it is wrong.
     */
    public void reportBreakingNothing(Rule rule, Location location, Message message) {
        add(rule, rule.severity(), location, message);
    }

    private void add(Rule rule, Kind kind, Location location, Message message) {
        diagnostics.add(new Diagnostic(rule.id(), kind, "[" + rule.id() + "] " + message.text(),
                location.element(), location.mirror(), location.value()));
    }

    /** What the errors recorded broke. */
    Set<Requirement> broken() {
        return EnumSet.copyOf(broken);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
