package dev.lamina.samples;

import java.util.Map;

/**
 * The {@code fashion} sample: trains {@link FashionClassifier} on Fashion-MNIST's 55,000 training
 * images, validates on 5,000, and reports accuracy on the 10,000 test images.
 */
public final class FashionSample implements Sample {
    static final int DEFAULT_EPOCHS = 10;

    @Override
    public String name() {
        return "fashion";
    }

    @Override
    public String description() {
        return "the chapter's 300-100 dense classifier (He init, ELU, Adam) on Fashion-MNIST";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, DEFAULT_EPOCHS);
        try (var model = FashionClassifierModel.create(run.seed())) {
            SampleRun.Trained trained = run.train(model, run.fit());
            Map<String, Object> metrics = run.standardMetrics(model, trained);
            metrics.put("batch_size", run.fit().batchSize());
            return run.write(metrics);
        }
    }
}
