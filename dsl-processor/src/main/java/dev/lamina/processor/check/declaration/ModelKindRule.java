package dev.lamina.processor.check.declaration;

import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Requirement;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * The model type must be something a generated top-level class in the same package can complete:
 * an interface, or an abstract class extending {@code SequentialModel} with a constructor it can
 * call; not private, not an inner class, not generic.
 */
final class ModelKindRule extends Rule {

    ModelKindRule() {
        super("lamina:model-kind", Kind.ERROR,
                "@Model is on an interface, or on an abstract class extending SequentialModel, that a generated"
                        + " class in the same package can implement");
        require(Requirement.RUNTIME);
        establish(Requirement.MODEL_TYPE);
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        TypeElement type = model.type();
        String name = model.name();
        Location location = Location.of(type);
        boolean isInterface = type.getKind() == ElementKind.INTERFACE;
        boolean isAbstractClass = type.getKind() == ElementKind.CLASS
                && type.getModifiers().contains(Modifier.ABSTRACT);
        if (!isInterface && !isAbstractClass) {
            findings.report(this, location, new Message(
                    "@Model must be on an interface or an abstract class, but '" + name + "' is "
                            + kindPhrase(type) + ".",
                    "Lamina generates " + name + "Model as a class that implements or extends the model type,"
                            + " and only an interface or an abstract class can be completed that way.",
                    "Declare it as 'interface " + name + "', with one abstract method per layer."));
            return;
        }
        if (isAbstractClass) {
            checkAbstractClass(type, name, context, findings);
        }
        for (Element e = type; e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                findings.report(this, location, new Message(
                        "Model type '" + name + "' is private" + (e == type ? "" : " (it is nested in private '"
                                + enclosing.getSimpleName() + "')") + ".",
                        "The generated " + name + "Model is a top-level class of the same package, which cannot see"
                                + " a private type.",
                        "Make '" + enclosing.getSimpleName() + "' package-private or public."));
                break;
            }
        }
        if (isAbstractClass && type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC)) {
            findings.report(this, location, new Message(
                    "Model class '" + name + "' is an inner class (nested, but not static).",
                    "The generated " + name + "Model is a top-level class, and has no enclosing instance to give an"
                            + " inner superclass.",
                    "Declare it 'static abstract class " + name + "'."));
        }
        if (!type.getTypeParameters().isEmpty()) {
            findings.report(this, location, new Message(
                    "Model type '" + name + "' declares type parameters "
                            + type.getTypeParameters().stream().map(Object::toString)
                                    .collect(Collectors.joining(", ", "<", ">")) + ".",
                    "The generated " + name + "Model is one concrete network, with no type arguments to choose.",
                    "Remove the type parameters from '" + name + "'."));
        }
    }

    private void checkAbstractClass(TypeElement type, String name, RuleContext context, Findings findings) {
        Location location = Location.of(type);
        if (!context.types().isSubtype(context.types().erasure(type.asType()),
                context.runtime().type(RuntimeType.SEQUENTIAL_MODEL))) {
            findings.report(this, location, new Message(
                    "Abstract class '" + name + "' does not extend " + RuntimeType.SEQUENTIAL_MODEL.qualifiedName()
                            + ". Received: a subclass of " + type.getSuperclass() + ".",
                    "The generated " + name + "Model extends " + name + " and inherits training from SequentialModel,"
                            + " so " + name + " must be a SequentialModel itself.",
                    "Declare 'abstract class " + name + " extends SequentialModel', or make " + name
                            + " an interface."));
        }
        boolean callableConstructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(ModelKindRule::isCallableWithoutArguments);
        if (!callableConstructor) {
            findings.report(this, location, new Message(
                    "Abstract class '" + name + "' has no constructor without parameters that " + name
                            + "Model can call.",
                    "The generated " + name + "Model's constructor calls super(), which needs a constructor without"
                            + " parameters that is not private.",
                    "Add one, e.g. 'protected " + name + "() {}'."));
        }
    }

    private static boolean isCallableWithoutArguments(ExecutableElement constructor) {
        boolean noArguments = constructor.getParameters().isEmpty()
                || constructor.isVarArgs() && constructor.getParameters().size() == 1;
        return noArguments && !constructor.getModifiers().contains(Modifier.PRIVATE);
    }

    private static String kindPhrase(TypeElement type) {
        return switch (type.getKind()) {
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation type";
            case CLASS -> "a class that is not abstract";
            default -> "a " + type.getKind().toString().toLowerCase(Locale.ROOT);
        };
    }
}
