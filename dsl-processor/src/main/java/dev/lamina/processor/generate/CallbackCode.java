package dev.lamina.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.lamina.processor.spec.EarlyStoppingSpec;
import dev.lamina.processor.spec.RuntimeType;

/**
 * The expressions that create the callbacks a model declares, every value written out:
 * {@code new EarlyStopping(new Monitor("val_loss", Monitor.Mode.AUTO, 0.0), 10, null, true, 0)}.
 */
final class CallbackCode {
    private CallbackCode() {}

    static CodeBlock earlyStopping(EarlyStoppingSpec spec) {
        ClassName monitor = Names.of(RuntimeType.MONITOR);
        // The DSL has no baseline (Keras's None): null.
        return CodeBlock.of("new $T(new $T($S, $T.$L, $L), $L, null, $L, $L)", Names.of(RuntimeType.EARLY_STOPPING),
                monitor, spec.monitor(), monitor.nestedClass("Mode"), spec.mode(), spec.minDelta(), spec.patience(),
                spec.restoreBest(), spec.startFromEpoch());
    }
}
