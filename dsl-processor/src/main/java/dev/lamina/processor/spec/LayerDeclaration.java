package dev.lamina.processor.spec;

import dev.lamina.dsl.WeightTarget;
import dev.lamina.processor.spec.layer.LayerSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * An abstract method of a model, as declared, before anything is known about it being a
 * well-formed layer. Rules about the declaration itself (its layer annotations, parameters, name,
 * return type, the weight annotations beside the layer annotation) read this; a method with
 * exactly one layer annotation also becomes a {@link LayerSpec}, or, with {@code @Repeat(n)}, n of
 * them: one per {@linkplain #expanded() repetition}, each with a declaration of its own that
 * differs from the method's only in {@code repetition}.
 *
 * @param method the abstract method, declared in the model type or inherited from a supertype
 * @param returnType its return type as a member of the model type (type variables resolved)
 * @param layerAnnotations the layer annotations on the method ({@code @Dense}, {@code @Flatten},
 *     {@code @BatchNorm}, ...), in source order; more than one is an error, none is an error
 * @param regularizers the method's own {@code @L1}, {@code @L2} and {@code @L1L2}, in source order
 * @param constraints the method's own {@code @MaxNorm}, {@code @UnitNorm} and {@code @NonNeg}, in source order
 * @param varianceScaling the method's {@code @VarianceScaling}, if any
 * @param frozen the method and its {@code @Frozen}, if it has one
 * @param reused whether the layer is one the model reuses: inherited from a supertype that is not
 *     a {@code @Model} itself (the interface of layers a transfer-learning model shares)
 * @param repeat the method's {@code @Repeat}, if it has one
 * @param repetition which of the layers a {@code @Repeat} method declares this is, from 1; 0 for the
 *     method as declared
 */
public record LayerDeclaration(ExecutableElement method, TypeMirror returnType,
        List<AnnotationMirror> layerAnnotations, List<RegularizerSpec> regularizers,
        List<ConstraintSpec> constraints, Optional<VarianceScalingSpec> varianceScaling, Optional<Source> frozen,
        boolean reused, Optional<RepeatSpec> repeat, int repetition) {

    public LayerDeclaration {
        layerAnnotations = List.copyOf(layerAnnotations);
        regularizers = List.copyOf(regularizers);
        constraints = List.copyOf(constraints);
    }

    /**
     * The layer's name, also the prefix of its variables ({@code hidden1/kernel}): the method's name,
     * or for a repetition its numbered name ({@code hidden7}, see {@link RepeatSpec#layerName}).
     */
    public String name() {
        return repetition == 0 ? methodName() : RepeatSpec.layerName(methodName(), repetition);
    }

    /** The method's name: the name of its accessor, for a repeated method too. */
    public String methodName() {
        return method.getSimpleName().toString();
    }

    /** Whether the method carries {@code @Repeat}. */
    public boolean isRepeated() {
        return repeat.isPresent();
    }

    /**
     * The declarations of the layers the method declares: itself, or with {@code @Repeat(n)} one per
     * repetition, in order (none when n is out of range).
     */
    public List<LayerDeclaration> expanded() {
        if (repeat.isEmpty()) {
            return List.of(this);
        }
        int count = repeat.get().declaresLayers() ? repeat.get().count() : 0;
        return IntStream.rangeClosed(1, count)
                .mapToObj(number -> new LayerDeclaration(method, returnType, layerAnnotations, regularizers,
                        constraints, varianceScaling, frozen, reused, repeat, number))
                .toList();
    }

    /** The method's own regularizer of {@code target}; the first, when there are several (an error reported later). */
    public Optional<RegularizerSpec> regularizer(WeightTarget target) {
        return regularizers.stream().filter(regularizer -> regularizer.on() == target).findFirst();
    }

    /** The method's own constraint of {@code target}; the first, when there are several (an error reported later). */
    public Optional<ConstraintSpec> constraint(WeightTarget target) {
        return constraints.stream().filter(constraint -> constraint.on() == target).findFirst();
    }

    /** The type that declares the method: the model type itself or one of its supertypes. */
    public TypeElement declaringType() {
        return (TypeElement) method.getEnclosingElement();
    }
}
