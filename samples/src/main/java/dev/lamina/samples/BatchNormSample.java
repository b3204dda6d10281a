package dev.lamina.samples;

import java.util.Map;

/** The {@code batchnorm} sample: {@link FashionBatchNorm} on Fashion-MNIST. */
public final class BatchNormSample implements Sample {
    @Override
    public String name() {
        return "batchnorm";
    }

    @Override
    public String description() {
        return "Batch Normalization first and after every hidden layer, SGD with clipValue 1.0";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        try (var model = FashionBatchNormModel.create(run.seed())) {
            return run.write(run.standardMetrics(model, run.train(model, run.fit())));
        }
    }
}
