package dev.lamina.processor.spec;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * An abstract method of a model, as declared, before anything is known about it being a
 * well-formed layer. Rules about the declaration itself (its layer annotations, parameters, name,
 * return type) read this; a method with exactly one layer annotation also becomes a
 * {@link LayerSpec}.
 *
 * @param method the abstract method, declared in the model type or inherited from a supertype
 * @param returnType its return type as a member of the model type (type variables resolved)
 * @param layerAnnotations the layer annotations on the method ({@code @Dense}, {@code @Flatten}),
 *     in source order; more than one is an error, none is an error
 */
public record LayerDeclaration(ExecutableElement method, TypeMirror returnType,
        List<AnnotationMirror> layerAnnotations) {

    public LayerDeclaration {
        layerAnnotations = List.copyOf(layerAnnotations);
    }

    /** The layer's name: the method's name, also the prefix of its variables ({@code hidden1/kernel}). */
    public String name() {
        return method.getSimpleName().toString();
    }

    /** The type that declares the method: the model type itself or one of its supertypes. */
    public TypeElement declaringType() {
        return (TypeElement) method.getEnclosingElement();
    }
}
