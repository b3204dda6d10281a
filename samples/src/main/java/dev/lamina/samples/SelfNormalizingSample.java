package dev.lamina.samples;

import java.util.Map;

/** The {@code self-normalizing} sample: SELU + LeCun, standardized inputs, AlphaDropout, no BN. */
public final class SelfNormalizingSample implements Sample {
    @Override
    public String name() {
        return "self-normalizing";
    }

    @Override
    public String description() {
        return "the chapter's self-normalizing configuration: SELU + LeCun, standardization, AlphaDropout";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        try (var model = SelfNormalizingNetModel.create(run.seed())) {
            return run.write(run.standardMetrics(model, run.train(model, run.fit())));
        }
    }
}
