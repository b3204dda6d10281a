package dev.lamina.samples;

import dev.lamina.runtime.plot.ComparisonChart;
import dev.lamina.runtime.train.SequentialModel;
import java.util.ArrayList;
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
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<Double>> curves = new LinkedHashMap<>();
        for (var entry : OPTIMIZERS.entrySet()) {
            try (SequentialModel model = entry.getValue().apply(run.seed())) {
                SampleRun.Trained trained = run.train(model,
                        run.fit().runDirectory(options.out().resolve(entry.getKey().toLowerCase(java.util.Locale.ROOT))));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", entry.getKey());
                row.put("val_accuracy", trained.history().last("val_accuracy"));
                row.put("val_loss", trained.history().last("val_loss"));
                row.put("seconds", trained.seconds());
                rows.add(row);
                curves.put(entry.getKey(), trained.history().get("val_accuracy"));
            }
        }
        ComparisonChart.write("Validation accuracy by optimizer", "val_accuracy", curves,
                options.out().resolve("optimizers.png"));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("epochs", run.epochs());
        metrics.put("train_examples", run.train.size());
        metrics.put("optimizers", rows);
        return run.write(metrics);
    }
}
