package dev.lamina.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.RuntimeType;

/**
 * The expression that creates a model's optimizer, every value resolved and written out, so the
 * generated code shows what the model trains with: {@code new Adam(0.001, 0.9, 0.999, 1.0E-7)}.
 */
final class OptimizerCode {
    private OptimizerCode() {}

    static CodeBlock create(OptimizerSpec optimizer) {
        return switch (optimizer.kind()) {
            case SGD -> CodeBlock.of("new $T($L, $L, $L)", Names.of(RuntimeType.SGD),
                    optimizer.learningRate(), optimizer.momentum(), optimizer.nesterov());
            case RMSPROP -> CodeBlock.of("new $T($L, $L, $L, $L)", Names.of(RuntimeType.RMS_PROP),
                    optimizer.learningRate(), optimizer.rho(), optimizer.momentum(), optimizer.epsilon());
            case ADAM -> CodeBlock.of("new $T($L, $L, $L, $L)", Names.of(RuntimeType.ADAM),
                    optimizer.learningRate(), optimizer.beta1(), optimizer.beta2(), optimizer.epsilon());
        };
    }
}
