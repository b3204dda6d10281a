package dev.lamina.samples;

import dev.lamina.runtime.infer.Uncertainty;
import dev.lamina.runtime.plot.UncertaintyHistogram;
import java.util.Map;

/**
 * The {@code mc-dropout} sample: trains {@link FashionRegularized}, then predicts the test set with
 * 100 Monte Carlo Dropout samples and compares the spread of the predicted class's probability
 * for correctly and wrongly classified images.
 */
public final class McDropoutSample implements Sample {
    static final int SAMPLES = 100;

    @Override
    public String name() {
        return "mc-dropout";
    }

    @Override
    public String description() {
        return "the regularization model with Monte Carlo Dropout (100 samples): accuracy and uncertainty";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        try (var model = FashionRegularizedModel.create(run.seed())) {
            Map<String, Object> metrics = run.standardMetrics(model, run.train(model, run.fit()));
            Uncertainty u = model.predictMonteCarlo(run.data.test(), SAMPLES);
            float[] std = u.predictedClassStd();
            double correct = 0;
            double stdCorrect = 0;
            double stdWrong = 0;
            for (int i = 0; i < std.length; i++) {
                if (u.predictedClass()[i] == run.data.test().label(i)) {
                    correct++;
                    stdCorrect += std[i];
                } else {
                    stdWrong += std[i];
                }
            }
            metrics.put("mc_samples", SAMPLES);
            metrics.put("mc_test_accuracy", correct / std.length);
            metrics.put("mc_std_correct", stdCorrect / correct);
            metrics.put("mc_std_wrong", stdWrong / (std.length - correct));
            UncertaintyHistogram.write(u, run.data.test(), options.out());
            return run.write(metrics);
        }
    }
}
