package dev.lamina.processor.check.declaration;

import dev.lamina.dsl.Init;
import dev.lamina.dsl.ScheduleKind;
import dev.lamina.processor.spec.ModelSpec;
import dev.lamina.processor.spec.OptimizerSpec;
import dev.lamina.processor.spec.RuntimeType;
import dev.lamina.processor.spec.ScheduleSpec;
import dev.lamina.processor.spec.WeightSpec;
import dev.lamina.processor.spec.layer.DenseSpec;
import dev.lamina.processor.spec.layer.LayerSpec;
import dev.lamina.processor.spec.layer.PReLUSpec;
import java.util.EnumSet;
import java.util.Set;

/**
 * The runtime classes a model's generated code (and its checks) refer to: those every model needs,
 * and those of the layers, initializers, regularizers, optimizer and schedule it declares. A
 * runtime older than the processor may lack some of them; only those a model uses matter to it.
 */
final class RuntimeUsage {
    /** What every generated model refers to. */
    static final Set<RuntimeType> CORE = EnumSet.of(RuntimeType.SEQUENTIAL_MODEL, RuntimeType.MODEL_CONFIG,
            RuntimeType.LAYER, RuntimeType.DENSE, RuntimeType.MODE, RuntimeType.OPTIMIZER);

    private RuntimeUsage() {}

    static Set<RuntimeType> of(ModelSpec model) {
        Set<RuntimeType> used = EnumSet.copyOf(CORE);
        for (LayerSpec layer : model.layers()) {
            used.add(layer.handle());
            if (layer instanceof DenseSpec dense) {
                dense.varianceScaling().ifPresent(scaling -> used.add(RuntimeType.VARIANCE_SCALING));
                if (dense.biasInit() != Init.ZEROS) {
                    used.add(RuntimeType.INITIALIZER);
                }
                addWeight(used, dense.kernel());
                addWeight(used, dense.bias());
            } else if (layer instanceof PReLUSpec pReLU) {
                addWeight(used, pReLU.alpha());
            }
        }
        if (model.earlyStopping().isPresent()) {
            used.addAll(EnumSet.of(RuntimeType.CALLBACK, RuntimeType.EARLY_STOPPING, RuntimeType.MONITOR));
        }
        addOptimizer(used, model.optimizer());
        addSchedule(used, model.schedule());
        return used;
    }

    private static void addWeight(Set<RuntimeType> used, WeightSpec weight) {
        weight.regularizer().ifPresent(regularizer -> used.add(RuntimeType.REGULARIZER));
        weight.constraint().ifPresent(constraint -> used.add(RuntimeType.CONSTRAINT));
    }

    private static void addOptimizer(Set<RuntimeType> used, OptimizerSpec optimizer) {
        used.add(switch (optimizer.kind()) {
            case SGD -> RuntimeType.SGD;
            case ADAGRAD -> RuntimeType.ADAGRAD;
            case RMSPROP -> RuntimeType.RMS_PROP;
            case ADAM -> RuntimeType.ADAM;
            case NADAM -> RuntimeType.NADAM;
            case ADAMAX -> RuntimeType.ADAMAX;
            case ADAMW -> RuntimeType.ADAMW;
        });
        if (!Double.isNaN(optimizer.clipValue()) || !Double.isNaN(optimizer.clipNorm())
                || !Double.isNaN(optimizer.globalClipNorm())) {
            used.add(RuntimeType.GRADIENT_CLIPPING);
        }
    }

    private static void addSchedule(Set<RuntimeType> used, ScheduleSpec schedule) {
        switch (schedule.kind()) {
            case CONSTANT -> { }
            case EXPONENTIAL -> used.addAll(EnumSet.of(RuntimeType.EXPONENTIAL_DECAY, RuntimeType.GRANULARITY));
            case POWER -> used.addAll(EnumSet.of(RuntimeType.POWER_DECAY, RuntimeType.GRANULARITY));
            case PIECEWISE -> used.addAll(EnumSet.of(RuntimeType.PIECEWISE_CONSTANT, RuntimeType.GRANULARITY));
            case COSINE -> used.addAll(EnumSet.of(RuntimeType.COSINE_DECAY, RuntimeType.GRANULARITY));
            case ONE_CYCLE -> used.add(RuntimeType.ONE_CYCLE);
            case PLATEAU -> used.addAll(EnumSet.of(RuntimeType.CALLBACK, RuntimeType.REDUCE_LR_ON_PLATEAU, RuntimeType.MONITOR));
            case CUSTOM -> { }
        }
        if (schedule.kind() != ScheduleKind.CONSTANT) {
            used.add(RuntimeType.LEARNING_RATE_SCHEDULE);
        }
    }
}
