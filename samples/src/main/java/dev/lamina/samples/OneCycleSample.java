package dev.lamina.samples;

import dev.lamina.runtime.callback.LearningRateFinder;
import dev.lamina.runtime.plot.LearningRateCurve;
import dev.lamina.runtime.schedule.OneCycle;
import java.util.Map;

/**
 * The {@code one-cycle} sample: the learning-rate finder picks the maximum rate, then Nadam trains
 * with 1cycle up to it ({@code lr_finder.png}, {@code learning_rate.png} in the run directory).
 */
public final class OneCycleSample implements Sample {
    @Override
    public String name() {
        return "one-cycle";
    }

    @Override
    public String description() {
        return "LR finder, then Nadam with the 1cycle schedule up to the suggested maximum rate";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        try (var model = OneCycleNetModel.create(run.seed())) {
            LearningRateFinder.Result found = LearningRateFinder.find(model, run.train);
            LearningRateCurve.write(found, options.out());
            double maxRate = found.suggestedRate();
            SampleRun.Trained trained = run.train(model,
                    run.fit().schedule(new OneCycle(maxRate, Double.NaN, Double.NaN, 0.1)));
            Map<String, Object> metrics = run.standardMetrics(model, trained);
            metrics.put("suggested_max_lr", maxRate);
            metrics.put("lr_finder_best_rate", found.bestRate());
            return run.write(metrics);
        }
    }
}
