package dev.lamina.processor.check;

import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Phrases several messages share, written the way users write the code they describe. */
final class Describe {
    private Describe() {}

    /** " (declared in Base)" for a method inherited from a supertype, "" for the model's own. */
    static String declaredIn(LayerDeclaration declaration, ModelSpec model) {
        return declaration.declaringType().equals(model.type())
                ? ""
                : " (declared in " + declaration.declaringType().getSimpleName() + ")";
    }

    /** A type as written in source: {@code Dense}, {@code List<Layer>}, {@code void}. */
    static String type(TypeMirror type) {
        if (type instanceof DeclaredType declared) {
            String name = declared.asElement().getSimpleName().toString();
            return declared.getTypeArguments().isEmpty()
                    ? name
                    : declared.getTypeArguments().stream().map(Describe::type)
                            .collect(Collectors.joining(", ", name + "<", ">"));
        }
        return type.toString();
    }

    /** {@code @Dense}. */
    static String annotation(AnnotationMirror mirror) {
        return "@" + mirror.getAnnotationType().asElement().getSimpleName();
    }

    /** A parameter as declared: {@code int size}. */
    static String parameter(VariableElement parameter) {
        return type(parameter.asType()) + " " + parameter.getSimpleName();
    }
}
