package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.tools.Diagnostic.Kind;

/** A method declares one layer, so it carries one layer annotation. */
final class ConflictingLayerAnnotationsRule extends Rule {

    ConflictingLayerAnnotationsRule() {
        super("lamina:conflicting-layer-annotations", Kind.ERROR,
                "A layer method carries exactly one layer annotation");
        establish(Requirement.LAYER_STACK);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerDeclaration declaration : model.declarations()) {
            if (declaration.layerAnnotations().size() > 1) {
                AnnotationMirror second = declaration.layerAnnotations().get(1);
                findings.report(this, new Location(declaration.method(), second, null), new Message(
                        "Method '" + declaration.name() + "()'" + Describe.declaredIn(declaration, model) + " has "
                                + declaration.layerAnnotations().size() + " layer annotations. Received: "
                                + declaration.layerAnnotations().stream().map(Describe::annotation)
                                        .collect(Collectors.joining(" and ")) + ".",
                        "One method declares one layer, of one kind.",
                        "Keep one annotation, and declare another method for the other layer."));
            }
        }
    }
}
