package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;

/** A layer method is a plain accessor: no parameters, no type parameters. */
final class LayerMethodSignatureRule extends Rule {

    LayerMethodSignatureRule() {
        super("lamina:layer-method-signature", Kind.ERROR,
                "A layer method takes no parameters and declares no type parameters");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerDeclaration declaration : model.declarations()) {
            if (declaration.layerAnnotations().isEmpty()) {
                continue;
            }
            String name = declaration.name();
            if (!declaration.method().getParameters().isEmpty()) {
                String parameters = declaration.method().getParameters().stream()
                        .map(Describe::parameter)
                        .collect(Collectors.joining(", ", "(", ")"));
                findings.report(this, Location.of(declaration.method()), new Message(
                        "Layer '" + name + "'" + Describe.declaredIn(declaration, model)
                                + " is declared with parameters. Received: " + name + parameters + ".",
                        "A layer method is the accessor of a layer the generated class creates once; there is"
                                + " nothing for it to receive.",
                        "Remove the parameters: '" + Describe.type(declaration.returnType()) + " " + name + "();'."));
            }
            if (!declaration.method().getTypeParameters().isEmpty()) {
                findings.report(this, Location.of(declaration.method()), new Message(
                        "Layer '" + name + "'" + Describe.declaredIn(declaration, model) + " declares type parameters."
                                + " Received: " + declaration.method().getTypeParameters().stream()
                                        .map(Object::toString).collect(Collectors.joining(", ", "<", ">")) + ".",
                        "A layer method returns one layer the generated class creates once, so there is nothing for"
                                + " it to be generic over.",
                        "Remove the type parameters and return Layer or the layer's own class."));
            }
        }
    }
}
