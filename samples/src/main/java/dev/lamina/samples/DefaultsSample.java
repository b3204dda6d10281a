package dev.lamina.samples;

import dev.lamina.runtime.callback.EarlyStopping;
import java.util.Map;

/**
 * The {@code defaults} sample, the chapter's default DNN configuration: He + ELU, Batch
 * Normalization, Nadam with 1cycle, and early stopping (patience 10, best weights restored).
 */
public final class DefaultsSample implements Sample {
    @Override
    public String name() {
        return "defaults";
    }

    @Override
    public String description() {
        return "the chapter's default configuration: He + ELU, BN, Nadam + 1cycle, early stopping";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 20);
        EarlyStopping stopping = EarlyStopping.patience(10).restoreBestWeights();
        try (var model = DefaultsNetModel.create(run.seed())) {
            Map<String, Object> metrics = run.standardMetrics(model, run.train(model, run.fit().callbacks(stopping)));
            metrics.put("best_epoch", stopping.bestEpoch() + 1);
            return run.write(metrics);
        }
    }
}
