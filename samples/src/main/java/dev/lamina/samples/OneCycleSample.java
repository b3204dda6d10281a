package dev.lamina.samples;

import dev.lamina.runtime.callback.LearningRateFinder;
import dev.lamina.runtime.plot.LearningRateCurve;
import dev.lamina.runtime.schedule.OneCycle;
import java.util.Map;

/**
 * The {@code one-cycle} sample: the learning-rate finder picks the maximum rate, then Nadam trains
 * with 1cycle up to it ({@code lr_finder.png}, {@code learning_rate.png} in the run directory);
 * the same net from the same initial weights also trains for the same epochs at Nadam's constant
 * default rate (the {@code constant-rate} subdirectory), so that the two can be compared.
 */
public final class OneCycleSample implements Sample {
    @Override
    public String name() {
        return "one-cycle";
    }

    @Override
    public String description() {
        return "LR finder, then Nadam with 1cycle up to the suggested rate, against Nadam at a constant rate";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        Map<String, Object> metrics;
        double constantRate;
        try (var model = OneCycleNetModel.create(run.seed())) {
            constantRate = model.learningRate();
            LearningRateFinder.Result found = LearningRateFinder.find(model, run.train);
            LearningRateCurve.write(found, options.out());
            double maxRate = SuggestedRate.orDeclared(found, model);
            SampleRun.Trained trained = run.train(model,
                    run.fit().schedule(new OneCycle(maxRate, Double.NaN, Double.NaN, 0.1)));
            metrics = run.standardMetrics(model, trained);
            metrics.put("suggested_max_lr", maxRate);
            metrics.put("lr_finder_best_rate", found.bestRate());
        }
        try (var model = OneCycleNetModel.create(run.seed())) {
            SampleRun.Trained trained = run.train(model,
                    run.fitInto(options.out().resolve("constant-rate")).learningRate(constantRate));
            metrics.put("constant_rate", constantRate);
            metrics.put("constant_rate_test_accuracy", model.evaluate(run.data.test()).accuracy());
            metrics.put("constant_rate_train_seconds", trained.seconds());
        }
        return run.write(metrics);
    }
}
