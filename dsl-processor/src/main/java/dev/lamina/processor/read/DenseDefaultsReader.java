package dev.lamina.processor.read;

import com.google.auto.common.MoreElements;
import dev.lamina.dsl.Activation;
import dev.lamina.dsl.DenseDefaults;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.DenseDefaultsSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import dev.lamina.processor.spec.Source;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads a model's {@code @DenseDefaults}, keeping only the attributes written: an attribute left
 * out changes nothing, so its declared default never reaches a layer.
 */
final class DenseDefaultsReader {
    private DenseDefaultsReader() {}

    static Optional<DenseDefaultsSpec> read(TypeElement model) throws UnreadableException {
        Optional<AnnotationMirror> mirror = MoreElements.getAnnotationMirror(model, DenseDefaults.class).toJavaUtil();
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        Source source = Sources.read(model, mirror.get());
        Attributes attributes = Attributes.of(source);
        Optional<Activation> activation = source.isExplicit(AttributeNames.DenseDefaults.ACT)
                ? Optional.of(attributes.enumValue(Activation.class, AttributeNames.DenseDefaults.ACT))
                : Optional.empty();
        Optional<Init> init = source.isExplicit(AttributeNames.DenseDefaults.INIT)
                ? Optional.of(attributes.enumValue(Init.class, AttributeNames.DenseDefaults.INIT).canonical())
                : Optional.empty();
        return Optional.of(new DenseDefaultsSpec(source, activation, init, regularizer(source, attributes),
                constraint(source, attributes)));
    }

    private static Optional<RegularizerSpec> regularizer(Source source, Attributes attributes)
            throws UnreadableException {
        boolean l1 = source.isExplicit(AttributeNames.DenseDefaults.L1);
        boolean l2 = source.isExplicit(AttributeNames.DenseDefaults.L2);
        if (!l1 && !l2) {
            return Optional.empty();
        }
        RegularizerSpec.Kind kind = l1 && l2 ? RegularizerSpec.Kind.L1L2
                : l1 ? RegularizerSpec.Kind.L1 : RegularizerSpec.Kind.L2;
        return Optional.of(new RegularizerSpec(source, kind,
                l1 ? attributes.doubleValue(AttributeNames.DenseDefaults.L1) : 0,
                l2 ? attributes.doubleValue(AttributeNames.DenseDefaults.L2) : 0,
                WeightTarget.KERNEL));
    }

    private static Optional<ConstraintSpec> constraint(Source source, Attributes attributes)
            throws UnreadableException {
        if (!source.isExplicit(AttributeNames.DenseDefaults.MAX_NORM)) {
            return Optional.empty();
        }
        return Optional.of(new ConstraintSpec(source, ConstraintSpec.Kind.MAX_NORM,
                attributes.doubleValue(AttributeNames.DenseDefaults.MAX_NORM), WeightTarget.KERNEL));
    }
}
