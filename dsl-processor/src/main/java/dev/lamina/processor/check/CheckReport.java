package dev.lamina.processor.check;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking one model.
 *
 * @param diagnostics what to print: suppressed warnings left out, and those printed already for a
 *     declaration another model shares
 * @param model the checked model, present only when no diagnostic is an error
 */
public record CheckReport(List<Diagnostic> diagnostics, Optional<CheckedModel> model) {

    public CheckReport {
        diagnostics = List.copyOf(diagnostics);
    }
}
