package dev.lamina.processor.read;

import com.google.auto.common.AnnotationMirrors;
import dev.lamina.processor.spec.Source;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Reads an annotation's attribute values, defaults included, into a {@link Source}. */
final class Sources {
    private Sources() {}

    static Source read(Element element, AnnotationMirror mirror) throws UnreadableException {
        TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
        Map<? extends ExecutableElement, ? extends AnnotationValue> written = mirror.getElementValues();
        // auto-common throws on a required attribute left out; javac reports that one itself.
        for (ExecutableElement attribute : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
            if (attribute.getDefaultValue() == null && !written.containsKey(attribute)) {
                throw new UnreadableException(element, "the required attribute " + attribute.getSimpleName()
                        + " of @" + annotationType.getSimpleName());
            }
        }
        Map<String, AnnotationValue> values = new LinkedHashMap<>();
        AnnotationMirrors.getAnnotationValuesWithDefaults(mirror)
                .forEach((attribute, value) -> values.put(attribute.getSimpleName().toString(), value));
        Set<String> explicit = written.keySet().stream()
                .map(attribute -> attribute.getSimpleName().toString())
                .collect(Collectors.toSet());
        return new Source(element, mirror, values, explicit);
    }
}
