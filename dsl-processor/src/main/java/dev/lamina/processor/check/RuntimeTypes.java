package dev.lamina.processor.check;

import dev.lamina.processor.spec.RuntimeType;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The runtime's classes as the user's compilation sees them. Looked up, never loaded: the
 * processor does not depend on the runtime, and the user's runtime version is the one that
 * counts.
 */
public final class RuntimeTypes {
    private final Elements elements;
    private final Types types;

    public RuntimeTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The class, or empty when the runtime is not on the user's class path. */
    public Optional<TypeElement> find(RuntimeType type) {
        return Optional.ofNullable(elements.getTypeElement(type.qualifiedName()));
    }

    /**
     * The class as a type, raw. Only for rules that run after {@code lamina:runtime-missing}, which
     * stops the check when the runtime cannot be found.
     */
    public TypeMirror type(RuntimeType type) {
        TypeElement element = find(type).orElseThrow(
                () -> new IllegalStateException(type.qualifiedName() + " is not on the class path"));
        return types.erasure(element.asType());
    }
}
