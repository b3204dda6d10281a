package dev.lamina.processor.read;

import com.google.auto.common.MoreElements;
import dev.lamina.dsl.Frozen;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Repeat;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.spec.LayerDeclaration;
import dev.lamina.processor.spec.RepeatSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds a model's layers: its abstract methods, supertypes' first (superclass, then
 * super-interfaces in the order of the {@code extends} clause, depth first), each type's in
 * declaration order. A supertype reached twice (a diamond) counts once. Methods something already
 * implements are not layers: {@code toString()} redeclared in an interface ({@code Object} has
 * it), {@code close()} from {@code AutoCloseable} ({@code SequentialModel} has it), an abstract
 * method a default method overrides.
 */
final class LayerMethods {
    private final Elements elements;
    private final Types types;

    LayerMethods(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    List<LayerDeclaration> declarations(TypeElement model) throws UnreadableException {
        List<ExecutableElement> abstractMethods = new ArrayList<>();
        collect(model, new HashSet<>(), abstractMethods);
        List<ExecutableElement> implemented = concreteMethods(model);
        List<LayerDeclaration> declarations = new ArrayList<>();
        for (ExecutableElement method : abstractMethods) {
            LayerDeclaration declaration = declaration(model, method);
            // An annotated method stays a layer even when its name is taken: the reserved-name rule
            // explains the clash better than the generated class failing to compile would.
            if (!declaration.layerAnnotations().isEmpty()
                    || implemented.stream().noneMatch(concrete -> sameSignature(concrete, method))) {
                declarations.add(declaration);
            }
        }
        return declarations;
    }

    private void collect(TypeElement type, Set<String> visited, List<ExecutableElement> out) {
        String name = type.getQualifiedName().toString();
        // The runtime's own abstract methods (config(), body(), ...) are the generated class's job.
        if (!visited.add(name) || name.equals(Object.class.getName())
                || name.equals(RuntimeType.SEQUENTIAL_MODEL.qualifiedName())) {
            return;
        }
        if (type.getSuperclass() instanceof DeclaredType superclass) {
            collect((TypeElement) superclass.asElement(), visited, out);
        }
        for (TypeMirror superinterface : type.getInterfaces()) {
            if (superinterface instanceof DeclaredType declared) {
                collect((TypeElement) declared.asElement(), visited, out);
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.ABSTRACT)) {
                out.add(method);
            }
        }
    }

    /**
     * Every method the generated class inherits an implementation of: the model's, the runtime
     * base's, Object's. Static methods implement nothing.
     */
    private List<ExecutableElement> concreteMethods(TypeElement model) {
        List<Element> members = new ArrayList<>(elements.getAllMembers(model));
        TypeElement base = elements.getTypeElement(RuntimeType.SEQUENTIAL_MODEL.qualifiedName());
        if (base != null) {
            members.addAll(elements.getAllMembers(base));
        }
        members.addAll(elements.getAllMembers(elements.getTypeElement(Object.class.getName())));
        return ElementFilter.methodsIn(members).stream()
                .filter(method -> !method.getModifiers().contains(Modifier.ABSTRACT)
                        && !method.getModifiers().contains(Modifier.STATIC))
                .toList();
    }

    private boolean sameSignature(ExecutableElement a, ExecutableElement b) {
        if (!a.getSimpleName().contentEquals(b.getSimpleName())
                || a.getParameters().size() != b.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < a.getParameters().size(); i++) {
            if (!types.isSameType(types.erasure(a.getParameters().get(i).asType()),
                    types.erasure(b.getParameters().get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    private LayerDeclaration declaration(TypeElement model, ExecutableElement method) throws UnreadableException {
        // As a member of the model, so that Base<T extends Layer> { @Dense T x(); } reads as the model's T.
        ExecutableType asMember = (ExecutableType) types.asMemberOf((DeclaredType) model.asType(), method);
        TypeMirror returnType = asMember.getReturnType();
        if (returnType.getKind() == TypeKind.ERROR) {
            throw new UnreadableException(method, "the return type of " + method.getSimpleName() + "()");
        }
        List<AnnotationMirror> layerAnnotations = List.copyOf(method.getAnnotationMirrors().stream()
                .filter(LayerReader::isLayerAnnotation)
                .toList());
        Optional<AnnotationMirror> frozenMirror = MoreElements.getAnnotationMirror(method, Frozen.class).toJavaUtil();
        Optional<Source> frozen = frozenMirror.isPresent()
                ? Optional.of(Sources.read(method, frozenMirror.get()))
                : Optional.empty();
        return new LayerDeclaration(method, returnType, layerAnnotations,
                WeightAnnotationReader.regularizers(method),
                WeightAnnotationReader.constraints(method),
                WeightAnnotationReader.varianceScaling(method),
                frozen,
                isReused(model, (TypeElement) method.getEnclosingElement()),
                repeat(method),
                0);
    }

    private static Optional<RepeatSpec> repeat(ExecutableElement method) throws UnreadableException {
        Optional<AnnotationMirror> mirror = MoreElements.getAnnotationMirror(method, Repeat.class).toJavaUtil();
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        Source source = Sources.read(method, mirror.get());
        return Optional.of(new RepeatSpec(source, Attributes.of(source).intValue(AttributeNames.Repeat.VALUE)));
    }

    /**
     * Whether a layer declared in {@code declaringType} is one {@code model} reuses: inherited from a
     * supertype that is not a model itself. A layer inherited from another {@code @Model} is that
     * model's own, extended, not a set of layers shared for transfer.
     */
    static boolean isReused(TypeElement model, TypeElement declaringType) {
        return !declaringType.equals(model) && !MoreElements.isAnnotationPresent(declaringType, Model.class);
    }
}
