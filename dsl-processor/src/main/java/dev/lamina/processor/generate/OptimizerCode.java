package dev.lamina.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.RuntimeType;

/**
 * The expression that creates a model's optimizer, every value resolved and written out, so the
 * generated code shows what the model trains with: {@code new Adam(0.001, 0.9, 0.999, 1.0E-7, false)},
 * followed by its gradient clipping when it has one:
 * {@code new Sgd(0.01, 0.0, false).withClipping(GradientClipping.value(1.0))}.
 */
final class OptimizerCode {
    private OptimizerCode() {}

    /**
     * The model's optimizer, with {@code .withMomentumCycling()} when its 1cycle schedule cycles the
     * momentum (the schedule then feeds it at every step).
     */
    static CodeBlock forModel(ModelSpec model) {
        CodeBlock create = create(model.optimizer());
        return model.schedule().cycleMomentum() ? CodeBlock.of("$L.withMomentumCycling()", create) : create;
    }

    static CodeBlock create(OptimizerSpec optimizer) {
        CodeBlock create = switch (optimizer.kind()) {
            case SGD -> CodeBlock.of("new $T($L, $L, $L)", Names.of(RuntimeType.SGD),
                    optimizer.learningRate(), optimizer.momentum(), optimizer.nesterov());
            case ADAGRAD -> CodeBlock.of("new $T($L, $L, $L)", Names.of(RuntimeType.ADAGRAD),
                    optimizer.learningRate(), optimizer.initialAccumulator(), optimizer.epsilon());
            case RMSPROP -> CodeBlock.of("new $T($L, $L, $L, $L, $L)", Names.of(RuntimeType.RMS_PROP),
                    optimizer.learningRate(), optimizer.rho(), optimizer.momentum(), optimizer.epsilon(),
                    optimizer.centered());
            case ADAM -> CodeBlock.of("new $T($L, $L, $L, $L, $L)", Names.of(RuntimeType.ADAM),
                    optimizer.learningRate(), optimizer.beta1(), optimizer.beta2(), optimizer.epsilon(),
                    optimizer.amsgrad());
            case NADAM -> CodeBlock.of("new $T($L, $L, $L, $L)", Names.of(RuntimeType.NADAM),
                    optimizer.learningRate(), optimizer.beta1(), optimizer.beta2(), optimizer.epsilon());
            case ADAMAX -> CodeBlock.of("new $T($L, $L, $L, $L)", Names.of(RuntimeType.ADAMAX),
                    optimizer.learningRate(), optimizer.beta1(), optimizer.beta2(), optimizer.epsilon());
            case ADAMW -> CodeBlock.of("new $T($L, $L, $L, $L, $L, $L)", Names.of(RuntimeType.ADAMW),
                    optimizer.learningRate(), optimizer.weightDecay(), optimizer.beta1(), optimizer.beta2(),
                    optimizer.epsilon(), optimizer.amsgrad());
        };
        // A checked model sets at most one threshold.
        if (!Double.isNaN(optimizer.clipValue())) {
            return clipped(create, "value", optimizer.clipValue());
        }
        if (!Double.isNaN(optimizer.clipNorm())) {
            return clipped(create, "norm", optimizer.clipNorm());
        }
        if (!Double.isNaN(optimizer.globalClipNorm())) {
            return clipped(create, "globalNorm", optimizer.globalClipNorm());
        }
        return create;
    }

    private static CodeBlock clipped(CodeBlock create, String factory, double threshold) {
        return CodeBlock.of("$L.withClipping($T.$L($L))", create, Names.of(RuntimeType.GRADIENT_CLIPPING), factory,
                threshold);
    }
}
