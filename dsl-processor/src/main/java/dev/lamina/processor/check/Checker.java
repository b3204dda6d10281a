package dev.lamina.processor.check;

import dev.lamina.processor.check.transfer.ReusedShapes;
import dev.lamina.processor.spec.ModelSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * Stage two: runs every rule on a model, collects what they report, and gates. The
 * {@linkplain Rules#PRECONDITIONS preconditions} run first and an error among them ends the check
 * (every other rule assumes them); the other rules all run, so that one compile shows every
 * problem of the model.
 *
 * <p>Some rules compare the models of a compilation. So that what they say of a model does not
 * depend on the order javac hands models over, every model of a round is {@linkplain #add added}
 * before any of them is {@linkplain #check checked}.
 */
public final class Checker {
    private final Types types;
    private final Elements elements;
    private final boolean warningsAsErrors;
    /** What the models added so far, those of this compilation, give the layers they reuse. */
    private final ReusedShapes reusedShapes = new ReusedShapes();

    /**
     * @param warningsAsErrors whether warnings that are not suppressed count as errors (and so
     *     stop generation), as {@code -Alamina.warningsAsErrors=true} asks
     */
    public Checker(Types types, Elements elements, boolean warningsAsErrors) {
        this.types = types;
        this.elements = elements;
        this.warningsAsErrors = warningsAsErrors;
    }

    /**
     * Makes {@code model} known to the rules that compare models, replacing what it gave them
     * before. Called for every model of a round before any of them is checked.
     */
    public void add(ModelSpec model) {
        reusedShapes.add(model, ShapeInference.infer(model));
    }

    /** Runs the rules on {@code model}, comparing it with every model {@linkplain #add added} so far. */
    public CheckReport check(ModelSpec model) {
        RuleContext context = new RuleContext(types, elements, new RuntimeTypes(elements, types),
                ShapeInference.infer(model), reusedShapes);
        Findings findings = new Findings();
        for (Rule rule : Rules.PRECONDITIONS) {
            rule.check(model, context, findings);
            if (findings.hasErrors()) {
                return report(model, context, findings);
            }
        }
        for (Rule rule : Rules.RULES) {
            rule.check(model, context, findings);
        }
        return report(model, context, findings);
    }

    private CheckReport report(ModelSpec model, RuleContext context, Findings findings) {
        List<Diagnostic> diagnostics = RepeatedDiagnostics.merge(model, findings.diagnostics()).stream()
                .filter(diagnostic -> !Suppressions.isSuppressed(diagnostic, model.type()))
                .map(diagnostic -> warningsAsErrors && diagnostic.kind() == Kind.WARNING
                        ? diagnostic.withKind(Kind.ERROR)
                        : diagnostic)
                .toList();
        boolean clean = diagnostics.stream().noneMatch(diagnostic -> diagnostic.kind() == Kind.ERROR);
        return new CheckReport(diagnostics,
                clean ? Optional.of(new CheckedModel(model, context.shapes())) : Optional.empty());
    }
}
