package dev.lamina.samples;

import java.util.Map;

/** The {@code exponential-decay} sample: SGD whose rate falls as {@code 0.01 · 0.1^(epoch / 20)}. */
public final class ExponentialDecaySample implements Sample {
    @Override
    public String name() {
        return "exponential-decay";
    }

    @Override
    public String description() {
        return "the chapter's exponential decay cell: lr = 0.01 * 0.1^(epoch / 20), per epoch";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        try (var model = ExponentialDecayNetModel.create(run.seed())) {
            SampleRun.Trained trained = run.train(model, run.fit());
            Map<String, Object> metrics = run.standardMetrics(model, trained);
            metrics.put("learning_rates", trained.history().get("learning_rate"));
            return run.write(metrics);
        }
    }
}
