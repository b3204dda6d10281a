package dev.lamina.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.lamina.dsl.MonitorMode;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.spec.EarlyStoppingSpec;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.ScheduleSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The expressions that create the callbacks a model declares, every value written out:
 * {@code new EarlyStopping(new Monitor("val_loss", MonitorMode.AUTO, 0.0), 10, null, true, 0)}.
 * A PLATEAU schedule is one of them (Keras's {@code ReduceLROnPlateau} is a callback): it reacts
 * to each epoch's logs rather than computing the rate from the step. The monitor's mode is
 * written as declared; {@code AUTO} is resolved by the runtime, in {@link MonitorMode#maximizes}.
 */
final class CallbackCode {
    private CallbackCode() {}

    /** The declared callbacks in the order they run: the plateau reduction, then early stopping. */
    static List<CodeBlock> declared(ModelSpec model) {
        List<CodeBlock> callbacks = new ArrayList<>();
        if (model.schedule().kind() == ScheduleKind.PLATEAU) {
            callbacks.add(reduceOnPlateau(model.schedule()));
        }
        model.earlyStopping().ifPresent(earlyStopping -> callbacks.add(earlyStopping(earlyStopping)));
        return callbacks;
    }

    private static CodeBlock earlyStopping(EarlyStoppingSpec spec) {
        // The DSL has no baseline (Keras's None): null.
        return CodeBlock.of("new $T($L, $L, null, $L, $L)", Names.of(RuntimeType.EARLY_STOPPING),
                monitor(spec.monitor(), spec.mode(), spec.minDelta()), spec.patience(), spec.restoreBest(),
                spec.startFromEpoch());
    }

    private static CodeBlock reduceOnPlateau(ScheduleSpec schedule) {
        return CodeBlock.of("new $T($L, $L, $L, $L, $L)", Names.of(RuntimeType.REDUCE_LR_ON_PLATEAU),
                monitor(schedule.monitor(), MonitorMode.AUTO, schedule.minDelta()), schedule.factor(),
                schedule.patience(), schedule.cooldown(), schedule.minRate());
    }

    private static CodeBlock monitor(String name, MonitorMode mode, double minDelta) {
        return CodeBlock.of("new $T($S, $T.$L, $L)", Names.of(RuntimeType.MONITOR), name, ClassName.get(MonitorMode.class),
                mode, minDelta);
    }
}
