package dev.lamina.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.ScheduleSpec;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The expression that creates a model's learning-rate schedule, every value resolved and written
 * out: {@code new ExponentialDecay(0.01, 0.1, 20.0, false, Granularity.EPOCH)}. Only for a kind
 * other than {@code CONSTANT}: a model without a schedule keeps the runtime's constant rate.
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
            case ONE_CYCLE -> CodeBlock.of("new $T($L, $L, $L, $L)", Names.of(RuntimeType.ONE_CYCLE),
                    schedule.maxRate(), Literals.of(schedule.startRate()), Literals.of(schedule.lastRate()),
                    schedule.lastFraction());
            case PLATEAU -> CodeBlock.of("new $T($S, $L, $L, $L, $L, $L, $L)", Names.of(RuntimeType.REDUCE_ON_PLATEAU),
                    schedule.monitor(), schedule.factor(), schedule.patience(), schedule.minDelta(),
                    schedule.cooldown(), schedule.minRate(), maximizes(schedule.monitor()));
            case CUSTOM -> custom(schedule);
            case CONSTANT -> throw new IllegalArgumentException("a constant rate needs no schedule");
        };
    }

    /** Keras's mode "auto" for ReduceLROnPlateau: an accuracy-like quantity must rise, anything else fall. */
    private static boolean maximizes(String monitor) {
        return monitor.contains("acc");
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
