package dev.lamina.processor.check.schedule;

import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.annotation.AttributeNames;
import dev.lamina.processor.check.Describe;
import dev.lamina.processor.check.Findings;
import dev.lamina.processor.check.Location;
import dev.lamina.processor.check.Message;
import dev.lamina.processor.check.Rule;
import dev.lamina.processor.check.RuleContext;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.ScheduleSpec;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * A CUSTOM schedule's class is one the generated model can create and use: a concrete class,
 * implementing the runtime's {@code LearningRateSchedule}, reachable from the model's package, with
 * a public constructor without parameters.
 */
final class CustomScheduleRule extends Rule {

    CustomScheduleRule() {
        super("lamina:custom-schedule", Kind.ERROR,
                "A CUSTOM schedule's class is a public (or same-package) concrete class implementing"
                        + " LearningRateSchedule, with a public constructor without parameters");
    }

    @Override
    public void check(ModelSpec model, RuleContext context, Findings findings) {
        ScheduleSpec schedule = model.schedule();
        // Missing, it is ScheduleRequiredRule's; with another kind, ScheduleAttributeRule's.
        if (schedule.kind() != ScheduleKind.CUSTOM || schedule.custom().isEmpty()) {
            return;
        }
        TypeMirror type = schedule.custom().get();
        String name = type instanceof DeclaredType declared
                ? Describe.nestedName((TypeElement) declared.asElement())
                : Describe.type(type);
        problem(type, model, context).ifPresent(problem -> findings.report(this,
                Location.of(schedule.source().orElseThrow(), AttributeNames.Schedule.CUSTOM), new Message(
                        "@Schedule(CUSTOM) cannot use " + name + ": " + problem.what() + ". Received: custom = " + name
                                + ".class.",
                        "The generated " + model.name() + "Model creates it with 'new " + name + "()' and asks it for"
                                + " the learning rate at every step.",
                        problem.fix())));
    }

    /** What is wrong with the class, and how to fix it. */
    private record Problem(String what, String fix) {}

    private static Optional<Problem> problem(TypeMirror type, ModelSpec model, RuleContext context) {
        String schedule = RuntimeType.LEARNING_RATE_SCHEDULE.qualifiedName();
        if (!(type instanceof DeclaredType declared) || declared.asElement().getKind() != ElementKind.CLASS) {
            return Optional.of(new Problem("it is not a class",
                    "Name a class that implements " + schedule + "."));
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getSimpleName().toString();
        if (!context.types().isAssignable(context.types().erasure(type),
                context.runtime().type(RuntimeType.LEARNING_RATE_SCHEDULE))) {
            return Optional.of(new Problem("it does not implement " + schedule,
                    "Name a class of yours that implements it, e.g. 'public class MySchedule implements"
                            + " LearningRateSchedule { public double rate(long step, int epoch) { ... } }'."));
        }
        if (element.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.of(new Problem("it is abstract",
                    "Name a concrete subclass, or make " + name + " concrete."));
        }
        if (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of(new Problem("it is an inner class, which needs an enclosing instance",
                    "Declare it 'static class " + name + "'."));
        }
        if (!isReachable(element, model, context)) {
            return Optional.of(new Problem("it is not visible from package '" + model.packageName() + "'",
                    "Make " + name + " public (and any class it is nested in)."));
        }
        boolean publicNoArgs = ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .anyMatch(CustomScheduleRule::isPublicWithoutParameters);
        if (!publicNoArgs) {
            return Optional.of(new Problem("it has no public constructor without parameters",
                    "Add 'public " + name + "() {}', and read any settings from constants or the start(...) call."));
        }
        return Optional.empty();
    }

    /** Whether the generated class, in the model's package, can name {@code type}. */
    private static boolean isReachable(TypeElement type, ModelSpec model, RuleContext context) {
        boolean samePackage = context.elements().getPackageOf(type).getQualifiedName()
                .contentEquals(model.packageName());
        for (Element e = type; e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)
                    || !enclosing.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPublicWithoutParameters(ExecutableElement constructor) {
        return constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC);
    }
}
