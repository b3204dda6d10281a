package dev.lamina.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.lamina.dsl.Distribution;
import dev.lamina.dsl.FanMode;
import dev.lamina.processor.spec.ConstraintSpec;
import dev.lamina.processor.spec.RegularizerSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.VarianceScalingSpec;

/**
 * The expressions that configure a layer's weights: {@code Regularizer.l2(0.01)},
 * {@code Constraint.maxNorm(1.0)}, {@code new VarianceScaling(2.0, FanMode.FAN_AVG, Distribution.UNIFORM)}.
 */
final class WeightCode {
    private WeightCode() {}

    static CodeBlock regularizer(RegularizerSpec regularizer) {
        return switch (regularizer.kind()) {
            case L1 -> CodeBlock.of("$T.l1($L)", Names.of(RuntimeType.REGULARIZER), regularizer.l1());
            case L2 -> CodeBlock.of("$T.l2($L)", Names.of(RuntimeType.REGULARIZER), regularizer.l2());
            case L1L2 -> CodeBlock.of("$T.l1l2($L, $L)", Names.of(RuntimeType.REGULARIZER), regularizer.l1(),
                    regularizer.l2());
        };
    }

    static CodeBlock constraint(ConstraintSpec constraint) {
        return switch (constraint.kind()) {
            case MAX_NORM -> CodeBlock.of("$T.maxNorm($L)", Names.of(RuntimeType.CONSTRAINT), constraint.maxValue());
            case UNIT_NORM -> CodeBlock.of("$T.unitNorm()", Names.of(RuntimeType.CONSTRAINT));
            case NON_NEG -> CodeBlock.of("$T.nonNeg()", Names.of(RuntimeType.CONSTRAINT));
        };
    }

    static CodeBlock varianceScaling(VarianceScalingSpec scaling) {
        return CodeBlock.of("new $T($L, $T.$L, $T.$L)", Names.of(RuntimeType.VARIANCE_SCALING), scaling.scale(),
                FanMode.class, scaling.mode(), Distribution.class,
                scaling.distribution());
    }
}
