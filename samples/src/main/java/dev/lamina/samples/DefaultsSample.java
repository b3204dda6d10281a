package dev.lamina.samples;

import dev.lamina.runtime.callback.EarlyStopping;
import dev.lamina.runtime.callback.LearningRateFinder;
import dev.lamina.runtime.plot.LearningRateCurve;
import dev.lamina.runtime.schedule.OneCycle;
import java.util.Map;

/**
 * The {@code defaults} sample, the chapter's default DNN configuration: He + ELU, Batch
 * Normalization, Nadam with 1cycle up to the learning-rate finder's suggestion, and early stopping
 * (patience 10, best weights restored).
 */
public final class DefaultsSample implements Sample {
    @Override
    public String name() {
        return "defaults";
    }

    @Override
    public String description() {
        return "the chapter's default configuration: He + ELU, BN, LR finder, Nadam + 1cycle, early stopping";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 20);
        EarlyStopping stopping = EarlyStopping.patience(10).restoreBestWeights();
        try (var model = DefaultsNetModel.create(run.seed())) {
            LearningRateFinder.Result found = LearningRateFinder.find(model, run.train);
            LearningRateCurve.write(found, options.out());
            double maxRate = SuggestedRate.orDeclared(found, model);
            Map<String, Object> metrics = run.standardMetrics(model, run.train(model,
                    run.fit().schedule(new OneCycle(maxRate, Double.NaN, Double.NaN, 0.1)).callbacks(stopping)));
            metrics.put("suggested_max_lr", maxRate);
            metrics.put("best_epoch", stopping.bestEpoch() + 1);
            return run.write(metrics);
        }
    }
}
