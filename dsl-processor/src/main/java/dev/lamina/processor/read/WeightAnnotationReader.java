package dev.lamina.processor.read;

import dev.lamina.dsl.Distribution;
import dev.lamina.dsl.FanMode;
import dev.lamina.dsl.L1;
import dev.lamina.dsl.L1L2;
import dev.lamina.dsl.L2;
import dev.lamina.dsl.MaxNorm;
import dev.lamina.dsl.NonNeg;
import dev.lamina.dsl.UnitNorm;
import dev.lamina.dsl.VarianceScaling;
import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import dev.lamina.processor.spec.Source;
import dev.lamina.processor.spec.VarianceScalingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads the annotations beside a layer annotation that configure the layer's weights: regularizers
 * ({@code @L1}, {@code @L2}, {@code @L1L2}), constraints ({@code @MaxNorm}, {@code @UnitNorm},
 * {@code @NonNeg}) and {@code @VarianceScaling}. Read on every layer method, whatever its layer,
 * so that the check stage can reject one on a layer without that weight.
 */
final class WeightAnnotationReader {
    private static final List<Class<?>> REGULARIZERS = List.of(L1.class, L2.class, L1L2.class);
    private static final List<Class<?>> CONSTRAINTS = List.of(MaxNorm.class, UnitNorm.class, NonNeg.class);

    private WeightAnnotationReader() {}

    static List<RegularizerSpec> regularizers(ExecutableElement method) throws UnreadableException {
        return readAll(method, REGULARIZERS, (mirror, source, attributes, on) -> {
            if (Annotations.is(mirror, L1.class)) {
                return new RegularizerSpec(source, RegularizerSpec.Kind.L1,
                        attributes.doubleValue(AttributeNames.L1.VALUE), 0, on);
            }
            if (Annotations.is(mirror, L2.class)) {
                return new RegularizerSpec(source, RegularizerSpec.Kind.L2, 0,
                        attributes.doubleValue(AttributeNames.L2.VALUE), on);
            }
            return new RegularizerSpec(source, RegularizerSpec.Kind.L1L2,
                    attributes.doubleValue(AttributeNames.L1L2.L1), attributes.doubleValue(AttributeNames.L1L2.L2), on);
        });
    }

    static List<ConstraintSpec> constraints(ExecutableElement method) throws UnreadableException {
        return readAll(method, CONSTRAINTS, (mirror, source, attributes, on) -> {
            if (Annotations.is(mirror, MaxNorm.class)) {
                return new ConstraintSpec(source, ConstraintSpec.Kind.MAX_NORM,
                        attributes.doubleValue(AttributeNames.MaxNorm.VALUE), on);
            }
            ConstraintSpec.Kind kind = Annotations.is(mirror, UnitNorm.class)
                    ? ConstraintSpec.Kind.UNIT_NORM
                    : ConstraintSpec.Kind.NON_NEG;
            return new ConstraintSpec(source, kind, Double.NaN, on);
        });
    }

    /** Reads one regularizer or constraint, given what each of them has: the weight it acts {@code on}. */
    @FunctionalInterface
    private interface WeightAnnotation<T> {
        T read(AnnotationMirror mirror, Source source, Attributes attributes, WeightTarget on)
                throws UnreadableException;
    }

    /** Reads every annotation of one of {@code kinds} on {@code method}, in source order. */
    private static <T> List<T> readAll(ExecutableElement method, List<Class<?>> kinds, WeightAnnotation<T> reader)
            throws UnreadableException {
        List<T> result = new ArrayList<>();
        for (AnnotationMirror mirror : Annotations.on(method, kinds)) {
            Source source = Sources.read(method, mirror);
            Attributes attributes = Attributes.of(source);
            result.add(reader.read(mirror, source, attributes,
                    attributes.enumValue(WeightTarget.class, AttributeNames.Weight.ON)));
        }
        return result;
    }

    static Optional<VarianceScalingSpec> varianceScaling(ExecutableElement method) throws UnreadableException {
        List<AnnotationMirror> mirrors = Annotations.on(method, List.of(VarianceScaling.class));
        if (mirrors.isEmpty()) {
            return Optional.empty();
        }
        Source source = Sources.read(method, mirrors.get(0));
        Attributes attributes = Attributes.of(source);
        return Optional.of(new VarianceScalingSpec(source, attributes.doubleValue(AttributeNames.VarianceScaling.SCALE),
                attributes.enumValue(FanMode.class, AttributeNames.VarianceScaling.MODE),
                attributes.enumValue(Distribution.class, AttributeNames.VarianceScaling.DISTRIBUTION)));
    }
}
