package dev.lamina.samples;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Splits;
import dev.lamina.runtime.run.RunDirectory;
import dev.lamina.runtime.train.Fit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code transfer} sample, the chapter's experiment: model A learns the eight classes other
 * than sandal (5) and shirt (6); task B is sandal against shirt with only 200 training images.
 * For each of 5 seeds, B is trained from scratch, and B on A reuses A's hidden layers: frozen for
 * 4 epochs while the new sigmoid head trains, then unfrozen and fine-tuned for 16 epochs at a
 * learning rate of 1e-4. Both are tested on every sandal and shirt test image.
 */
public final class TransferSample implements Sample {
    static final int SANDAL = 5;
    static final int SHIRT = 6;
    static final int B_TRAIN_SIZE = 200;
    static final int SEEDS = 5;

    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public String description() {
        return "transfer learning: B (sandal vs shirt, 200 images) from scratch vs reusing A's layers, 5 seeds";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        Splits data = new SampleRun(options, 20).data;
        int epochsA = options.epochs().orElse(20);
        Dataset trainA = taskA(options.trainSize().isPresent() ? data.train().take(options.trainSize().getAsInt())
                : data.train());
        Dataset validA = taskA(data.valid());
        Dataset trainB = taskB(data.train()).take(B_TRAIN_SIZE);
        Dataset validB = taskB(data.valid());
        Dataset testB = taskB(data.test());
        java.nio.file.Path saveA = options.out().resolve("model-a");

        Map<String, Object> metrics = new LinkedHashMap<>();
        try (var a = FashionAModel.create(options.seed().orElse(42))) {
            a.fit(trainA, Fit.epochs(epochsA).validation(validA).verbose(options.verbose())
                    .callbacks(RunDirectory.at(options.out().resolve("a"))));
            metrics.put("a_test_accuracy", a.evaluate(taskA(data.test())).accuracy());
            a.save(saveA);
        }
        List<Map<String, Object>> runs = new ArrayList<>();
        double[] scratch = new double[SEEDS];
        double[] reused = new double[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            long seed = 42 + i;
            try (var b = FashionBModel.create(seed)) {
                b.fit(trainB, Fit.epochs(20).validation(validB).verbose(false));
                scratch[i] = b.evaluate(testB).accuracy();
            }
            try (var bOnA = FashionBModel.create(seed)) {
                bOnA.transferFrom(saveA);   // the layers FashionB inherits from TransferNets.Body
                bOnA.freezeReused();
                bOnA.fit(trainB, Fit.epochs(4).validation(validB).verbose(false));
                bOnA.unfreezeAll();
                bOnA.fit(trainB, Fit.epochs(16).validation(validB).verbose(false).learningRate(1e-4));
                reused[i] = bOnA.evaluate(testB).accuracy();
            }
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("seed", seed);
            run.put("b_accuracy", scratch[i]);
            run.put("b_on_a_accuracy", reused[i]);
            runs.add(run);
        }
        metrics.put("a_epochs", epochsA);
        metrics.put("b_train_examples", trainB.size());
        metrics.put("b_test_examples", testB.size());
        metrics.put("runs", runs);
        metrics.put("b_accuracy_mean", SeedStatistics.mean(scratch));
        metrics.put("b_accuracy_std", SeedStatistics.std(scratch));
        metrics.put("b_on_a_accuracy_mean", SeedStatistics.mean(reused));
        metrics.put("b_on_a_accuracy_std", SeedStatistics.std(reused));
        RunDirectory.at(options.out()).writeMetrics(metrics);
        return metrics;
    }

    /** Every class but sandal and shirt, relabelled 0–7 (7, 8, 9 become 5, 6, 7). */
    static Dataset taskA(Dataset data) {
        return data.filter(label -> label != SANDAL && label != SHIRT).mapLabels(label -> label > SHIRT ? label - 2 : label);
    }

    /** Sandal against shirt: 1 for a shirt, 0 for a sandal (the chapter's labels). */
    static Dataset taskB(Dataset data) {
        return data.filter(label -> label == SANDAL || label == SHIRT).mapLabels(label -> label == SHIRT ? 1 : 0);
    }
}
