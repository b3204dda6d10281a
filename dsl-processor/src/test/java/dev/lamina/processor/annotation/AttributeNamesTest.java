package dev.lamina.processor.annotation;

import static com.google.common.truth.Truth.assertThat;

import dev.lamina.dsl.Dense;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every attribute name the processor uses is an attribute of the annotations it is declared for,
 * so that renaming an attribute in {@code dsl-annotations} fails this build, not a user's compile.
 */
class AttributeNamesTest {

    @Test
    void everyNameIsAnAttributeOfEachAnnotationItIsDeclaredFor() throws ReflectiveOperationException {
        List<String> wrong = new ArrayList<>();
        for (Class<?> names : AttributeNames.class.getDeclaredClasses()) {
            wrong.addAll(misnamed(names));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyAnnotationWithAttributesHasItsNames() {
        assertThat(Arrays.stream(AttributeNames.class.getDeclaredClasses()).map(Class::getSimpleName).toList())
                .containsAtLeast("Model", "Dense", "DenseDefaults", "BatchNorm", "Dropout", "AlphaDropout",
                        "ActivationLayer", "LeakyReLU", "PReLU", "RReLU", "L1", "L2", "L1L2", "MaxNorm",
                        "VarianceScaling", "Optimizer", "Schedule", "EarlyStopping", "Weight", "Repeat");
    }

    @Test
    void aNameThatIsNoAttributeOrIsNotNamedAfterItsAttributeIsReported() throws ReflectiveOperationException {
        assertThat(misnamed(Misnamed.class)).containsExactly(
                "Misnamed.NEURONS = \"neurons\" is not an attribute of @Dense",
                "Misnamed.BIAS = \"useBias\" is not named after its attribute (USE_BIAS)");
    }

    /** Names as a class of {@link AttributeNames} declares them, with two mistakes. */
    static final class Misnamed {
        static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(Dense.class);

        public static final String UNITS = "units";
        public static final String NEURONS = "neurons";
        public static final String BIAS = "useBias";
    }

    /**
     * What is wrong with the names {@code names} declares: a name that is not an attribute of one
     * of its {@code ANNOTATIONS}, or a constant not named after its value ({@code USE_BIAS} for
     * {@code useBias}, so that a reader can trust the constant's name).
     */
    private static List<String> misnamed(Class<?> names) throws ReflectiveOperationException {
        List<Class<? extends Annotation>> annotations = annotations(names);
        List<String> wrong = new ArrayList<>();
        if (annotations.isEmpty()) {
            wrong.add(names.getSimpleName() + " names no annotation");
        }
        for (Field field : names.getDeclaredFields()) {
            if (field.getType() != String.class || !Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String attribute = (String) field.get(null);
            String constant = names.getSimpleName() + "." + field.getName() + " = \"" + attribute + "\"";
            for (Class<? extends Annotation> annotation : annotations) {
                if (!attributes(annotation).contains(attribute)) {
                    wrong.add(constant + " is not an attribute of @" + annotation.getSimpleName());
                }
            }
            String expected = attribute.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toUpperCase(Locale.ROOT);
            if (!field.getName().equals(expected)) {
                wrong.add(names.getSimpleName() + "." + field.getName() + " = \"" + attribute
                        + "\" is not named after its attribute (" + expected + ")");
            }
        }
        return wrong;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Annotation>> annotations(Class<?> names) throws ReflectiveOperationException {
        return (List<Class<? extends Annotation>>) names.getDeclaredField("ANNOTATIONS").get(null);
    }

    private static List<String> attributes(Class<? extends Annotation> annotation) {
        return Arrays.stream(annotation.getDeclaredMethods()).map(Method::getName).toList();
    }
}
