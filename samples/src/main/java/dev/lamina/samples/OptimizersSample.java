package dev.lamina.samples;

import dev.lamina.runtime.train.SequentialModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The {@code optimizers} sample: the same network trained with SGD, momentum, Nesterov, AdaGrad,
 * RMSProp, Adam and Nadam for the same number of epochs (see {@link OptimizerNets}); one row per
 * optimizer in {@code metrics.json} and their validation curves in {@code optimizers.png}.
 */
public final class OptimizersSample implements Sample {
    private static final Map<String, LongFunction<SequentialModel>> OPTIMIZERS = new LinkedHashMap<>();

    static {
        OPTIMIZERS.put("SGD", PlainSgdNetModel::create);
        OPTIMIZERS.put("Momentum", MomentumNetModel::create);
        OPTIMIZERS.put("Nesterov", NesterovNetModel::create);
        OPTIMIZERS.put("AdaGrad", AdagradNetModel::create);
        OPTIMIZERS.put("RMSProp", RmsPropNetModel::create);
        OPTIMIZERS.put("Adam", AdamNetModel::create);
        OPTIMIZERS.put("Nadam", NadamNetModel::create);
    }

    @Override
    public String name() {
        return "optimizers";
    }

    @Override
    public String description() {
        return "one network trained with SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam and Nadam";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        List<Map<String, Object>> rows = run.compare(OPTIMIZERS, "optimizers.png");
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("epochs", run.epochs());
        metrics.put("train_examples", run.train.size());
        metrics.put("optimizers", rows);
        return run.write(metrics);
    }
}
