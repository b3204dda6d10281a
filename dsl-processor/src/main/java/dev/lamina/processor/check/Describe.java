package dev.lamina.processor.check;

import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Phrases several messages share, written the way users write the code they describe. */
public final class Describe {
    private Describe() {}

    /** " (declared in Base)" for a method inherited from a supertype, "" for the model's own. */
    public static String declaredIn(LayerDeclaration declaration, ModelSpec model) {
        return declaration.declaringType().equals(model.type())
                ? ""
                : " (declared in " + declaration.declaringType().getSimpleName() + ")";
    }

    /** A type as written in source: {@code Dense}, {@code List<Layer>}, {@code void}. */
    public static String type(TypeMirror type) {
        if (type instanceof DeclaredType declared) {
            String name = declared.asElement().getSimpleName().toString();
            return declared.getTypeArguments().isEmpty()
                    ? name
                    : declared.getTypeArguments().stream().map(Describe::type)
                            .collect(Collectors.joining(", ", name + "<", ">"));
        }
        return type.toString();
    }

    /**
     * " (from @DenseDefaults)" or " (from preset = DEFAULT_DNN)" when a Dense layer's {@code attribute}
     * came from the model's defaults or preset, else "".
     */
    public static String fromDefaults(DenseSpec dense, String attribute) {
        if (dense.isFromDefaults(attribute)) {
            return " (from @DenseDefaults)";
        }
        return dense.isFromPreset(attribute) ? " (from preset = " + dense.preset() + ")" : "";
    }

    /**
     * A Dense layer's activation as the user gave it: {@code act = SELU}, with where it came from
     * when that was not the layer: {@code act = SELU (from preset = SELF_NORMALIZING)}.
     */
    public static String activation(DenseSpec dense) {
        return "act = " + dense.activation() + fromDefaults(dense, AttributeNames.Dense.ACT);
    }

    /**
     * An attribute value as users write it: {@code 0.5}, {@code EPOCH}, {@code "val_loss"},
     * {@code {100.0, 200.0}}, {@code MySchedule.class}.
     */
    public static String value(AnnotationValue value) {
        Object raw = value.getValue();
        if (raw instanceof VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        if (raw instanceof String string) {
            return "\"" + string + "\"";
        }
        if (raw instanceof TypeMirror type) {
            return type(type) + ".class";
        }
        if (raw instanceof List<?> items) {
            return items.stream().map(item -> value((AnnotationValue) item))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(raw);
    }

    /** Alternatives as a sentence lists them: "A", "A or B", "A, B or C". */
    public static String alternatives(List<String> names) {
        return list(names, " or ");
    }

    /** Several things together, as a sentence lists them: "A", "A and B", "A, B and C". */
    public static String together(List<String> names) {
        return list(names, " and ");
    }

    private static String list(List<String> names, String beforeLast) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + beforeLast + names.get(names.size() - 1);
    }

    /** {@code @Dense}. */
    public static String annotation(AnnotationMirror mirror) {
        return "@" + mirror.getAnnotationType().asElement().getSimpleName();
    }

    /** An annotation as written, with the attributes written: {@code @Dense(units = 100, act = SELU)}. */
    public static String annotationAsWritten(AnnotationMirror mirror) {
        if (mirror.getElementValues().isEmpty()) {
            return annotation(mirror);
        }
        return mirror.getElementValues().entrySet().stream()
                .map(entry -> entry.getKey().getSimpleName() + " = " + value(entry.getValue()))
                .collect(Collectors.joining(", ", annotation(mirror) + "(", ")"));
    }

    /** A class as code in its package names it: {@code Outer.Inner} for a nested class. */
    public static String nestedName(TypeElement type) {
        String name = type.getSimpleName().toString();
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
            name = enclosing.getSimpleName() + "." + name;
        }
        return name;
    }

    /** A parameter as declared: {@code int size}. */
    public static String parameter(VariableElement parameter) {
        return type(parameter.asType()) + " " + parameter.getSimpleName();
    }
}
