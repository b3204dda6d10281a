package dev.lamina.processor.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a spec came from: the annotated element, the annotation, and the value of each attribute.
 * Kept so that a diagnostic can underline the attribute that is wrong, not just the element.
 *
 * @param element the annotated element: the model type or a layer method
 * @param mirror the annotation as the compiler sees it
 * @param values every attribute's value by name, defaults included, in declaration order
 * @param explicit the names of the attributes written in the source (not defaulted)
 */
public record Source(Element element, AnnotationMirror mirror, Map<String, AnnotationValue> values,
        Set<String> explicit) {

    public Source {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        explicit = Set.copyOf(explicit);
    }

    /** The value of the attribute {@code name}, the default when it was not written. */
    public AnnotationValue value(String name) {
        AnnotationValue value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(annotationName() + " has no attribute '" + name + "'");
        }
        return value;
    }

    /** Whether the attribute {@code name} was written in the source rather than defaulted. */
    public boolean isExplicit(String name) {
        return explicit.contains(name);
    }

    /** The annotation as users write it: {@code @Dense}. */
    public String annotationName() {
        return "@" + mirror.getAnnotationType().asElement().getSimpleName();
    }
}
