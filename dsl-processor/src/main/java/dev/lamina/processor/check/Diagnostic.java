package dev.lamina.processor.check;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * One finding, ready for {@code Messager.printMessage(kind, message, element, mirror, value)}:
 * the compiler underlines the attribute value when there is one, else the annotation, else the
 * element.
 *
 * @param id the rule's id, {@code lamina:units-positive}; also the key that suppresses a warning
 * @param kind ERROR or WARNING
 * @param message the full text, starting with the id in brackets
 * @param element the element the diagnostic is on
 * @param mirror the annotation on {@code element} it is about, or null
 * @param value the attribute value of {@code mirror} it is about, or null
 */
public record Diagnostic(String id, Kind kind, String message, Element element, AnnotationMirror mirror,
        AnnotationValue value) {

    /** This diagnostic with another kind: how {@code -Alamina.warningsAsErrors} promotes warnings. */
    public Diagnostic withKind(Kind newKind) {
        return new Diagnostic(id, newKind, message, element, mirror, value);
    }
}
