package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.RepetitionNames;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * A method with {@code @Repeat} returns a {@code List} that can hold its layers
 * ({@code List<Dense>} or {@code List<Layer>} for {@code @Dense}), and a method without it does not
 * return a {@code List}. The layer-return-type rule leaves both cases to this one.
 */
final class RepeatReturnTypeRule extends Rule {

    RepeatReturnTypeRule() {
        super("lamina:repeat-return-type", Kind.ERROR,
                "A method with @Repeat returns a List of its layer's runtime class or of Layer (List<Dense> for"
                + " @Dense), and a method without @Repeat does not return a List");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        for (LayerDeclaration declaration : model.declarations()) {
            List<LayerSpec> layers = model.layersOf(declaration);
            // Without a layer (no layer annotation, or a count out of range) other rules report first.
            if (layers.isEmpty()) {
                continue;
            }
            RuntimeType handle = layers.get(0).handle();
            TypeMirror declared = declaration.returnType();
            String name = declaration.methodName();
            String received = " Received: " + Describe.type(declared) + " " + name + "().";
            String fix = "'" + handle.simpleName() + " " + name + "();' or '" + RuntimeType.LAYER.simpleName() + " "
                    + name + "();'";
            String listFix = "'List<" + handle.simpleName() + "> " + name + "();' or 'List<"
                    + RuntimeType.LAYER.simpleName() + "> " + name + "();'";
            if (declaration.isRepeated() && !holdsAll(declared, context.runtime().type(handle), context)) {
                int count = declaration.repeat().get().count();
                findings.report(this, Location.of(declaration.method()), new Message(
                        "Layer '" + name + "'" + Describe.declaredIn(declaration, model) + " declares " + count
                                + " layers with @Repeat(" + count + "), which the method's return type cannot hold."
                                + received,
                        "The generated class implements a repeated method by returning its repetitions ("
                                + RepetitionNames.of(layers) + ") as a List, so the method must return a List"
                                + " whose elements can hold a " + handle.qualifiedName() + ".",
                        "Declare it as " + listFix + "."));
            } else if (!declaration.isRepeated() && isList(declared, context)) {
                findings.report(this, Location.of(declaration.method()), new Message(
                        "Layer '" + name + "'" + Describe.declaredIn(declaration, model) + " returns a List, but"
                                + " declares one layer: it has no @Repeat." + received,
                        "Only a method with @Repeat(n) declares several layers, returned as a List; the generated"
                                + " class implements this one by returning its single "
                                + handle.simpleName() + ".",
                        "Add @Repeat(n) to declare n layers like it, or declare it as " + fix + "."));
            }
        }
    }

    /** Whether {@code type} is {@code java.util.List}, with or without type arguments. */
    static boolean isList(TypeMirror type, RuleContext context) {
        Types types = context.types();
        TypeElement list = context.elements().getTypeElement(List.class.getName());
        return type.getKind() == TypeKind.DECLARED && types.isSameType(types.erasure(type), types.erasure(list.asType()));
    }

    /**
     * Whether the generated {@code List.of(hidden1, ...)} can be returned as {@code declared}:
     * {@code List<Dense>} is assignable to it ({@code List<? extends Layer>}), or it is a list of a
     * supertype of the layer's class ({@code List<Layer>}). A raw {@code List} is not: the generated
     * code would not compile without a warning.
     */
    private static boolean holdsAll(TypeMirror declared, TypeMirror layer, RuleContext context) {
        if (!isList(declared, context) || ((DeclaredType) declared).getTypeArguments().size() != 1) {
            return false;
        }
        Types types = context.types();
        TypeMirror element = ((DeclaredType) declared).getTypeArguments().get(0);
        TypeElement list = context.elements().getTypeElement(List.class.getName());
        return types.isAssignable(types.getDeclaredType(list, layer), declared)
                || element.getKind() != TypeKind.WILDCARD && types.isAssignable(layer, element);
    }
}
