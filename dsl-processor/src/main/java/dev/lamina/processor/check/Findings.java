package dev.lamina.processor.check;

import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/** Collects what rules report, so that every problem of a model is shown in one compile. */
public final class Findings {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Records a violation of {@code rule} at {@code location}, with the rule's id and severity. */
    public void report(Rule rule, Location location, Message message) {
        report(rule, rule.severity(), location, message);
    }

    /**
     * Records a violation of {@code rule} with another severity than its own: a warning the model's
     * configuration makes an error ({@code preset = SELF_NORMALIZING} for the self-normalizing rules).
     */
    public void report(Rule rule, Kind kind, Location location, Message message) {
        diagnostics.add(new Diagnostic(rule.id(), kind, "[" + rule.id() + "] " + message.text(),
                location.element(), location.mirror(), location.value()));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.kind() == Kind.ERROR);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
