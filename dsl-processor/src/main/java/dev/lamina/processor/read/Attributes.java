package dev.lamina.processor.read;

import dev.lamina.processor.spec.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Typed reads of an annotation's attribute values. javac hands processors a value that does not
 * compile (a constant that does not resolve) as something of the wrong type, so every read checks
 * the type and reports the model unreadable rather than failing with a
 * {@link ClassCastException}.
 *
 * @param element the annotated element, named when a value cannot be read
 * @param values every attribute's value by name, defaults included
 */
record Attributes(Element element, Map<String, AnnotationValue> values) {

    Attributes {
        values = Map.copyOf(values);
    }

    /** The attributes of an annotation as written on {@code source}'s element. */
    static Attributes of(Source source) {
        return new Attributes(source.element(), source.values());
    }

    /**
     * The defaults of an annotation type's attributes, as if {@code element} carried the annotation
     * with none written. Read from the annotation type the user compiles against, so they are the
     * defaults {@code dsl-annotations} documents.
     */
    static Attributes defaultsOf(TypeElement annotationType, Element element) {
        Map<String, AnnotationValue> defaults = new LinkedHashMap<>();
        for (ExecutableElement attribute : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
            if (attribute.getDefaultValue() != null) {
                defaults.put(attribute.getSimpleName().toString(), attribute.getDefaultValue());
            }
        }
        return new Attributes(element, defaults);
    }

    int intValue(String name) throws UnreadableException {
        return as(Integer.class, name, value(name).getValue());
    }

    long longValue(String name) throws UnreadableException {
        return as(Long.class, name, value(name).getValue());
    }

    double doubleValue(String name) throws UnreadableException {
        return as(Double.class, name, value(name).getValue());
    }

    boolean booleanValue(String name) throws UnreadableException {
        return as(Boolean.class, name, value(name).getValue());
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String name) throws UnreadableException {
        return enumConstant(type, name, value(name).getValue());
    }

    /** An {@code int[]} attribute, widened to {@code long}s (shapes are {@code long}s). */
    long[] intArray(String name) throws UnreadableException {
        List<?> items = as(List.class, name, value(name).getValue());
        long[] result = new long[items.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = as(Integer.class, name, as(AnnotationValue.class, name, items.get(i)).getValue());
        }
        return result;
    }

    String stringValue(String name) throws UnreadableException {
        return as(String.class, name, value(name).getValue());
    }

    /** A {@code double[]} attribute. */
    List<Double> doubleArray(String name) throws UnreadableException {
        List<Double> result = new ArrayList<>();
        for (Object item : as(List.class, name, value(name).getValue())) {
            result.add(as(Double.class, name, as(AnnotationValue.class, name, item).getValue()));
        }
        return result;
    }

    /** An {@code int[]} attribute, as written. */
    List<Integer> intList(String name) throws UnreadableException {
        List<Integer> result = new ArrayList<>();
        for (Object item : as(List.class, name, value(name).getValue())) {
            result.add(as(Integer.class, name, as(AnnotationValue.class, name, item).getValue()));
        }
        return result;
    }

    /**
     * A {@code Class<?>} attribute: the type named, or empty for {@code void.class}, the
     * attributes' way of saying "none". A class that does not resolve is unreadable.
     */
    Optional<TypeMirror> classValue(String name) throws UnreadableException {
        TypeMirror type = as(TypeMirror.class, name, value(name).getValue());
        if (type.getKind() == TypeKind.ERROR) {
            throw new UnreadableException(element, "the value of " + name);
        }
        return type.getKind() == TypeKind.VOID ? Optional.empty() : Optional.of(type);
    }

    <E extends Enum<E>> List<E> enumArray(Class<E> type, String name) throws UnreadableException {
        List<E> result = new ArrayList<>();
        for (Object item : as(List.class, name, value(name).getValue())) {
            result.add(enumConstant(type, name, as(AnnotationValue.class, name, item).getValue()));
        }
        return result;
    }

    private AnnotationValue value(String name) throws UnreadableException {
        AnnotationValue value = values.get(name);
        if (value == null) {
            throw new UnreadableException(element, "the attribute " + name);
        }
        return value;
    }

    private <E extends Enum<E>> E enumConstant(Class<E> type, String name, Object value) throws UnreadableException {
        return Enum.valueOf(type, as(VariableElement.class, name, value).getSimpleName().toString());
    }

    private <T> T as(Class<T> type, String name, Object value) throws UnreadableException {
        if (!type.isInstance(value)) {
            throw new UnreadableException(element, "the value of " + name);
        }
        return type.cast(value);
    }
}
