package dev.lamina.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.lamina.dsl.Defaults;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.ScheduleSpec;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The expression that creates a model's learning-rate schedule, every value resolved and written
 * out: {@code new ExponentialDecay(0.01, 0.1, 20.0, false, Granularity.EPOCH)}. Only for a rate
 * that is a function of the step: a model without a schedule trains at its own rate, and a
 * PLATEAU reduction is a callback ({@link CallbackCode}).
 */
final class ScheduleCode {
    private ScheduleCode() {}

    static CodeBlock create(ScheduleSpec schedule) {
        return switch (schedule.kind()) {
            case EXPONENTIAL -> CodeBlock.of("new $T($L, $L, $L, $L, $L)", Names.of(RuntimeType.EXPONENTIAL_DECAY),
                    schedule.initialRate(), schedule.decayRate(), schedule.decaySteps(), schedule.staircase(),
                    per(schedule));
            case POWER -> CodeBlock.of("new $T($L, $L, $L, $L)", Names.of(RuntimeType.POWER_DECAY),
                    schedule.initialRate(), schedule.decaySteps(), schedule.power(), per(schedule));
            case PIECEWISE -> CodeBlock.of("new $T($L, $L, $L)", Names.of(RuntimeType.PIECEWISE_CONSTANT),
                    Literals.doubles(schedule.boundaries()), Literals.doubles(schedule.values()), per(schedule));
            // A NaN warm-up target (Double.NaN) is the runtime's "no warm-up", as Keras's None.
            case COSINE -> CodeBlock.of("new $T($L, $L, $L, $L, $L, $L)", Names.of(RuntimeType.COSINE_DECAY),
                    schedule.initialRate(), schedule.decaySteps(), schedule.alpha(), schedule.warmupSteps(),
                    Literals.of(schedule.warmupTarget()), per(schedule));
            case ONE_CYCLE -> oneCycle(schedule);
            case CUSTOM -> custom(schedule);
            case PLATEAU -> throw new IllegalArgumentException("a plateau reduction is a callback (see CallbackCode)");
            case CONSTANT -> throw new IllegalArgumentException("a constant rate needs no schedule");
        };
    }

    /** Whether {@code kind} computes the rate from the step, and so overrides the model's {@code schedule()}. */
    static boolean isStepFunction(ScheduleKind kind) {
        return kind != ScheduleKind.CONSTANT && kind != ScheduleKind.PLATEAU;
    }

    /** {@code new OneCycle(...)}, followed by {@code .withMomentum(0.95, 0.85)} when it cycles momentum. */
    private static CodeBlock oneCycle(ScheduleSpec schedule) {
        CodeBlock create = CodeBlock.of("new $T($L, $L, $L, $L)", Names.of(RuntimeType.ONE_CYCLE),
                schedule.maxRate(), Literals.of(schedule.startRate()), Literals.of(schedule.lastRate()),
                schedule.lastFraction());
        return schedule.cycleMomentum()
                ? CodeBlock.of("$L.withMomentum($L, $L)", create, Defaults.ONE_CYCLE_MAX_MOMENTUM,
                        Defaults.ONE_CYCLE_BASE_MOMENTUM)
                : create;
    }

    private static CodeBlock per(ScheduleSpec schedule) {
        return CodeBlock.of("$T.$L", Names.of(RuntimeType.GRANULARITY), schedule.per());
    }

    /** {@code new MySchedule()}, or {@code new MySchedule<>()} for a generic class, so no raw type is written. */
    private static CodeBlock custom(ScheduleSpec schedule) {
        DeclaredType type = (DeclaredType) schedule.custom().orElseThrow();
        TypeElement element = (TypeElement) type.asElement();
        return CodeBlock.of(element.getTypeParameters().isEmpty() ? "new $T()" : "new $T<>()", ClassName.get(element));
    }
}
