package dev.lamina.processor.check;

import dev.lamina.processor.spec.Source;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points, as narrowly as known: an attribute's value, an annotation, or an
 * element. The narrower, the closer the compiler's caret lands to what must change.
 *
 * @param element the element
 * @param mirror an annotation on it, or null
 * @param value an attribute value of that annotation, or null
 */
public record Location(Element element, AnnotationMirror mirror, AnnotationValue value) {

    /** The element itself: a type or a method. */
    public static Location of(Element element) {
        return new Location(element, null, null);
    }

    /** The annotation a spec was read from. */
    public static Location of(Source source) {
        return new Location(source.element(), source.mirror(), null);
    }

    /**
     * One attribute of the annotation a spec was read from. For an attribute left to its default
     * there is nothing in the source to underline, and javac falls back to the annotation.
     */
    public static Location of(Source source, String attribute) {
        return new Location(source.element(), source.mirror(), source.value(attribute));
    }
}
