package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.layer.LayerSpec;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * A layer method's return type can hold the runtime layer the generated class returns:
 * {@code Layer} or the layer's own class ({@code Dense} for {@code @Dense}).
 */
final class LayerReturnTypeRule extends Rule {

    LayerReturnTypeRule() {
        super("lamina:layer-return-type", Kind.ERROR,
                "A layer method returns Layer or the runtime class of its layer (Dense for @Dense)");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerSpec layer : model.layers()) {
            // A List, with or without @Repeat, is the repeat-return-type rule's.
            if (layer.declaration().isRepeated()
                    || RepeatReturnTypeRule.isList(layer.declaration().returnType(), context)) {
                continue;
            }
            TypeMirror handle = context.runtime().type(layer.handle());
            TypeMirror declared = layer.declaration().returnType();
            if (!context.types().isAssignable(handle, declared)) {
                String simple = layer.handle().simpleName();
                findings.report(this, Location.of(layer.declaration().method()), new Message(
                        "Layer '" + layer.name() + "'" + Describe.declaredIn(layer.declaration(), model) + ": "
                                + layer.source().annotationName() + " creates a " + layer.handle().qualifiedName()
                                + ", which the method's return type cannot hold. Received: "
                                + Describe.type(declared) + " " + layer.name() + "().",
                        "The generated class implements the method by returning that layer, so its class must be"
                                + " assignable to the declared return type.",
                        "Declare it as '" + RuntimeType.LAYER.simpleName() + " " + layer.name() + "();' or '" + simple
                                + " " + layer.name() + "();'."));
            }
        }
    }
}
