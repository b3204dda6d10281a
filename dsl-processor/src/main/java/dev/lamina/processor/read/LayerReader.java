package dev.lamina.processor.read;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.ActivationLayer;
import dev.lamina.dsl.AlphaDropout;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.LeakyReLU;
import dev.lamina.dsl.PReLU;
import dev.lamina.dsl.RReLU;
import dev.lamina.dsl.Standardize;
import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.DenseDefaultsSpec;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.WeightSpec;
import dev.lamina.processor.spec.layer.ActivationLayerSpec;
import dev.lamina.processor.spec.layer.AlphaDropoutSpec;
import dev.lamina.processor.spec.layer.BatchNormSpec;
import dev.lamina.processor.spec.layer.DropoutSpec;
import dev.lamina.processor.spec.layer.FlattenSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.LeakyReLUSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import dev.lamina.processor.spec.layer.RReLUSpec;
import dev.lamina.processor.spec.layer.StandardizeSpec;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/** Reads one layer from a method carrying exactly one layer annotation. */
final class LayerReader {

    /** Reads the attributes of one kind of layer annotation. */
    @FunctionalInterface
    private interface KindReader {
        LayerSpec read(LayerDeclaration declaration, Source source, Attributes attributes) throws UnreadableException;
    }

    /** Every layer annotation but {@code @Dense} (which needs the model's defaults), by qualified name. */
    private static final Map<String, KindReader> KINDS = Map.of(
            Flatten.class.getCanonicalName(), (declaration, source, attributes) ->
                    new FlattenSpec(declaration, source),
            BatchNorm.class.getCanonicalName(), (declaration, source, attributes) ->
                    new BatchNormSpec(declaration, source,
                            attributes.doubleValue(AttributeNames.BatchNorm.MOMENTUM),
                            attributes.doubleValue(AttributeNames.BatchNorm.EPSILON),
                            attributes.booleanValue(AttributeNames.BatchNorm.CENTER),
                            attributes.booleanValue(AttributeNames.BatchNorm.SCALE)),
            Dropout.class.getCanonicalName(), (declaration, source, attributes) ->
                    new DropoutSpec(declaration, source, attributes.doubleValue(AttributeNames.Dropout.VALUE)),
            AlphaDropout.class.getCanonicalName(), (declaration, source, attributes) ->
                    new AlphaDropoutSpec(declaration, source,
                            attributes.doubleValue(AttributeNames.AlphaDropout.VALUE)),
            ActivationLayer.class.getCanonicalName(), (declaration, source, attributes) ->
                    new ActivationLayerSpec(declaration, source,
                            attributes.enumValue(Activation.class, AttributeNames.ActivationLayer.VALUE)),
            LeakyReLU.class.getCanonicalName(), (declaration, source, attributes) ->
                    new LeakyReLUSpec(declaration, source, attributes.doubleValue(AttributeNames.LeakyReLU.SLOPE)),
            PReLU.class.getCanonicalName(), (declaration, source, attributes) ->
                    new PReLUSpec(declaration, source, attributes.intList(AttributeNames.PReLU.SHARED_AXES),
                            new WeightSpec(declaration.regularizer(WeightTarget.ALPHA),
                                    declaration.constraint(WeightTarget.ALPHA))),
            RReLU.class.getCanonicalName(), (declaration, source, attributes) ->
                    new RReLUSpec(declaration, source, attributes.doubleValue(AttributeNames.RReLU.LOWER),
                            attributes.doubleValue(AttributeNames.RReLU.UPPER)),
            Standardize.class.getCanonicalName(), (declaration, source, attributes) ->
                    new StandardizeSpec(declaration, source));
    private static final String DENSE = Dense.class.getCanonicalName();

    private final Optional<DenseDefaultsSpec> denseDefaults;

    /** @param denseDefaults the model's {@code @DenseDefaults}, applied to every {@code @Dense} read */
    LayerReader(Optional<DenseDefaultsSpec> denseDefaults) {
        this.denseDefaults = denseDefaults;
    }

    /** Whether {@code mirror} declares a layer, as {@code @Dense}, {@code @Flatten} or {@code @BatchNorm} do. */
    static boolean isLayerAnnotation(AnnotationMirror mirror) {
        String name = Annotations.qualifiedName(mirror);
        return name.equals(DENSE) || KINDS.containsKey(name);
    }

    LayerSpec read(LayerDeclaration declaration) throws UnreadableException {
        AnnotationMirror mirror = declaration.layerAnnotations().get(0);
        Source source = Sources.read(declaration.method(), mirror);
        String annotation = Annotations.qualifiedName(mirror);
        if (annotation.equals(DENSE)) {
            return DenseReader.read(declaration, source, denseDefaults);
        }
        KindReader kind = KINDS.get(annotation);
        if (kind == null) {
            throw new IllegalArgumentException("not a layer annotation: @" + annotation);
        }
        return kind.read(declaration, source, Attributes.of(source));
    }
}
