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
import javax.tools.Diagnostic.Kind;

/** Every abstract method of a model is annotated with the layer it declares. */
final class MissingLayerAnnotationRule extends Rule {

    MissingLayerAnnotationRule() {
        super("lamina:missing-layer-annotation", Kind.ERROR,
                "Every abstract method of a model carries a layer annotation");
        establish(Requirement.LAYER_STACK);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerDeclaration declaration : model.declarations()) {
            if (declaration.layerAnnotations().isEmpty()) {
                findings.report(this, Location.of(declaration.method()), new Message(
                        "Method '" + declaration.name() + "()'" + Describe.declaredIn(declaration, model)
                                + " is abstract but has no layer annotation.",
                        "Every abstract method of a @Model type is a layer, and its annotation says which kind;"
                                + " the generated class could not implement it otherwise.",
                        "Annotate it with the layer it declares (@Dense(units = ...), @Flatten, @BatchNorm,"
                                + " @Dropout(...), ...), or give it a body if it is not a layer."));
            }
        }
    }
}
