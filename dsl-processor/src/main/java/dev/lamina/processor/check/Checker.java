package dev.lamina.processor.check;

import dev.lamina.processor.check.transfer.ReusedShapes;
import dev.lamina.processor.spec.ModelSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * Stage two: runs every rule on a model, collects what they report, and gates. A rule runs only
 * where what it {@linkplain Rule#requires() requires} holds (see {@link Requirement}): the model
 * type is one a generated class can complete, the stack has no hole, the shapes could be
 * inferred, the last layer is the output layer. Every rule that can run does, so that one compile
 * shows every problem of the model, and none of what only follows from another.
 *
 * <p>Some rules compare the models of a compilation. So that what they say of a model does not
 * depend on the order javac hands models over, every model of a round is {@linkplain #add added}
 * before any of them is {@linkplain #check checked}.
 */
public final class Checker {
    private static final RuleRunner RULES = new RuleRunner(Rules.all());

    private final Types types;
    private final Elements elements;
    private final boolean warningsAsErrors;
    /** What the models added so far, those of this compilation, give the layers they reuse. */
    private final ReusedShapes reusedShapes = new ReusedShapes();
    /** Diagnostics on declarations that several models share, printed once (see {@link SharedDiagnostics}). */
    private final SharedDiagnostics shared = new SharedDiagnostics();

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
     * before. Called for every model of a round before any of them is checked. A model whose
     * shapes cannot be inferred gives them nothing: its shapes mean nothing yet.
     */
    public void add(ModelSpec model) {
        RuleContext context = context(model);
        if (RULES.holds(model, context, Requirement.SHAPES)) {
            reusedShapes.add(model, context.shapes());
        } else {
            reusedShapes.remove(model);
        }
    }

    /** Runs the rules on {@code model}, comparing it with every model {@linkplain #add added} so far. */
    public CheckReport check(ModelSpec model) {
        RuleContext context = context(model);
        List<Diagnostic> diagnostics = RepeatedDiagnostics.merge(model, RULES.run(model, context).diagnostics())
                .stream()
                .filter(diagnostic -> !Suppressions.isSuppressed(diagnostic, model.type()))
                .map(diagnostic -> warningsAsErrors && diagnostic.kind() == Kind.WARNING
                        ? diagnostic.withKind(Kind.ERROR)
                        : diagnostic)
                .toList();
        boolean clean = diagnostics.stream().noneMatch(diagnostic -> diagnostic.kind() == Kind.ERROR);
        return new CheckReport(shared.firstTimeOnly(diagnostics),
                clean ? Optional.of(new CheckedModel(model, context.shapes())) : Optional.empty());
    }

    private RuleContext context(ModelSpec model) {
        return new RuleContext(types, elements, new RuntimeTypes(elements, types), ShapeInference.infer(model),
                reusedShapes);
    }
}
