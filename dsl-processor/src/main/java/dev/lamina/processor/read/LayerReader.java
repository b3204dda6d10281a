package dev.lamina.processor.read;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Init;
import dev.lamina.processor.spec.DenseSpec;
import dev.lamina.processor.spec.FlattenSpec;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.LayerSpec;
import dev.lamina.processor.spec.Source;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads one layer from a method carrying exactly one layer annotation. */
final class LayerReader {
    private static final String DENSE = Dense.class.getCanonicalName();
    private static final String FLATTEN = Flatten.class.getCanonicalName();
    private static final Set<String> LAYER_ANNOTATIONS = Set.of(DENSE, FLATTEN);

    private LayerReader() {}

    /** Whether {@code mirror} declares a layer, as {@code @Dense} and {@code @Flatten} do. */
    static boolean isLayerAnnotation(AnnotationMirror mirror) {
        return LAYER_ANNOTATIONS.contains(qualifiedName(mirror));
    }

    static LayerSpec read(LayerDeclaration declaration) throws UnreadableException {
        AnnotationMirror mirror = declaration.layerAnnotations().get(0);
        Source source = Sources.read(declaration.method(), mirror);
        Attributes attributes = Attributes.of(source);
        String annotation = qualifiedName(mirror);
        if (annotation.equals(DENSE)) {
            return new DenseSpec(declaration, source,
                    attributes.intValue("units"),
                    attributes.enumValue(Activation.class, "act"),
                    attributes.enumValue(Init.class, "init").canonical(),
                    attributes.booleanValue("useBias"));
        }
        if (annotation.equals(FLATTEN)) {
            return new FlattenSpec(declaration, source);
        }
        throw new IllegalArgumentException("not a layer annotation: @" + annotation);
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
