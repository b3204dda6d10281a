package dev.lamina.samples;

import java.util.Map;

/** The {@code regularized} sample: {@link FashionRegularized} on Fashion-MNIST. */
public final class RegularizedSample implements Sample {
    @Override
    public String name() {
        return "regularized";
    }

    @Override
    public String description() {
        return "L2 0.01 on every kernel, dropout 0.2, max-norm 1.0 on the output, Nadam";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        try (var model = FashionRegularizedModel.create(run.seed())) {
            return run.write(run.standardMetrics(model, run.train(model, run.fit())));
        }
    }
}
