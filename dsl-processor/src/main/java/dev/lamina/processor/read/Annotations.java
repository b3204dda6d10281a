package dev.lamina.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds DSL annotations on an element by their class, without loading them (they may not compile yet). */
final class Annotations {
    private Annotations() {}

    /** The annotation's qualified name: {@code dev.lamina.dsl.Dense}. */
    static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** Whether {@code mirror} is a {@code type} annotation. */
    static boolean is(AnnotationMirror mirror, Class<?> type) {
        return qualifiedName(mirror).equals(type.getCanonicalName());
    }

    /** The annotations on {@code element} of one of {@code types}, in source order. */
    static List<AnnotationMirror> on(Element element, List<Class<?>> types) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> types.stream().anyMatch(type -> is(mirror, type)))
                .<AnnotationMirror>map(mirror -> mirror)
                .toList();
    }
}
