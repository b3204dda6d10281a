package dev.lamina.samples;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.FashionMnist;
import dev.lamina.runtime.data.Splits;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.RunDirectory;
import java.util.LinkedHashMap;
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
        Splits data = FashionMnist.load(options.data().orElse(null));
        Dataset train = options.trainSize().isPresent() ? data.train().take(options.trainSize().getAsInt()) : data.train();
        int epochs = options.epochs().orElse(DEFAULT_EPOCHS);
        Fit fit = Fit.epochs(epochs).validation(data.valid()).verbose(options.verbose()).runDirectory(options.out());
        if (options.batchSize().isPresent()) {
            fit = fit.batchSize(options.batchSize().getAsInt());
        }
        try (var model = options.seed().isPresent()
                ? FashionClassifierModel.create(options.seed().getAsLong())
                : FashionClassifierModel.create()) {
            long start = System.nanoTime();
            History history = model.fit(train, fit);
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            Evaluation test = model.evaluate(data.test());

            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("test_accuracy", test.accuracy());
            metrics.put("test_loss", test.loss());
            metrics.put("val_accuracy", history.last("val_accuracy"));
            metrics.put("epochs", history.epochs());
            metrics.put("train_examples", train.size());
            metrics.put("batch_size", fit.batchSize());
            metrics.put("seed", model.seed());
            metrics.put("train_seconds", trainSeconds);
            RunDirectory.at(options.out()).writeMetrics(metrics);
            return metrics;
        }
    }
}
