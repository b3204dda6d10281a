package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Rule;
import java.util.List;

/** Every rule of this package, for {@link dev.lamina.processor.check.Rules} to run. */
public final class DeclarationRules {
    /**
     * What every other rule assumes: the runtime can be found, and the model type is something a
     * generated class can complete. Run first, in order; an error stops the check, because the
     * other rules would only report consequences.
     */
    public static final List<Rule> PRECONDITIONS = List.of(new RuntimeMissingRule(), new ModelKindRule());

    /** The model as a whole, then each abstract method as a declaration, in the order they run. */
    public static final List<Rule> ALL = List.of(
            new InputShapeRule(),
            new NoLayersRule(),
            new MissingLayerAnnotationRule(),
            new ConflictingLayerAnnotationsRule(),
            new LayerMethodSignatureRule(),
            new LayerReturnTypeRule(),
            new DuplicateLayerRule(),
            new ReservedLayerNameRule(),
            new RepeatCountRule(),
            new RepeatReturnTypeRule(),
            new RepeatNameClashRule(),
            new RepeatOutputRule());

    private DeclarationRules() {}
}
