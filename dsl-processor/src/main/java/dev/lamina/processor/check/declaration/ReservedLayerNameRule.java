package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * A layer's name is not already taken in the generated class: by a method without parameters of
 * {@code SequentialModel} or {@code Object} that it inherits ({@code config()}, {@code close()}, {@code hashCode()}),
 * or by what the generator adds ({@code create()}, {@code CONFIG}). Its accessor or its field
 * would clash with them.
 */
final class ReservedLayerNameRule extends Rule {
    /** Members the generator adds besides the runtime's, with how to describe them. */
    private static final Map<String, String> GENERATED = Map.of(
            "create", "the generated factory method create()",
            "CONFIG", "the generated constant CONFIG");

    ReservedLayerNameRule() {
        super("lamina:reserved-layer-name", Kind.ERROR,
                "A layer's name is not the name of a member the generated class already has");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        Map<String, String> reserved = reservedNames(context);
        for (LayerDeclaration declaration : model.declarations()) {
            String taken = reserved.get(declaration.name());
            if (taken != null && !declaration.layerAnnotations().isEmpty()) {
                findings.report(this, Location.of(declaration.method()), new Message(
                        "Layer '" + declaration.name() + "'" + Describe.declaredIn(declaration, model)
                                + " has the name of " + taken + ".",
                        "The generated class has that member already, and the layer's accessor and field would"
                                + " clash with it.",
                        "Rename the method; the layer's name is the method's name."));
            }
        }
    }

    private static Map<String, String> reservedNames(RuleContext context) {
        Map<String, String> reserved = new TreeMap<>(GENERATED);
        TypeElement base = context.runtime().find(RuntimeType.SEQUENTIAL_MODEL).orElseThrow();
        for (ExecutableElement method : ElementFilter.methodsIn(context.elements().getAllMembers(base))) {
            // Private methods are not inherited, so they cannot clash.
            if (method.getParameters().isEmpty() && !method.getModifiers().contains(Modifier.PRIVATE)) {
                String owner = method.getEnclosingElement().getSimpleName().toString();
                reserved.putIfAbsent(method.getSimpleName().toString(),
                        owner + "." + method.getSimpleName() + "(), which every generated model inherits");
            }
        }
        return reserved;
    }
}
