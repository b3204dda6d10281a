package dev.lamina.processor.check;

import java.util.Arrays;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * {@code @SuppressWarnings("lamina:<id>")}: silences a warning of that rule on the element it is
 * reported on, anything enclosing that element, or the model type (a layer inherited from a
 * super-interface can be silenced where the model is declared). Errors cannot be suppressed: the
 * generated code would not work.
 */
final class Suppressions {
    private Suppressions() {}

    static boolean isSuppressed(Diagnostic diagnostic, Element model) {
        return diagnostic.kind() == Kind.WARNING
                && (suppressedAround(diagnostic.element(), diagnostic.id())
                        || suppressedAround(model, diagnostic.id()));
    }

    private static boolean suppressedAround(Element element, String id) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings annotation = e.getAnnotation(SuppressWarnings.class);
            if (annotation != null && Arrays.asList(annotation.value()).contains(id)) {
                return true;
            }
        }
        return false;
    }
}
