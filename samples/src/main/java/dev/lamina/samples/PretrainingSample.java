package dev.lamina.samples;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.run.RunDirectory;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.History;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pretraining} sample, the chapter's unsupervised pretraining: an autoencoder trains on
 * all 55,000 training images without their labels; then, for 3 seeds, a classifier on only 500
 * labelled images is trained from scratch and on top of the autoencoder's encoder (frozen for 4
 * epochs while the new head trains, then fine-tuned 16 epochs at a learning rate of 1e-4).
 */
public final class PretrainingSample implements Sample {
    static final int LABELLED = 500;
    static final int SEEDS = 3;

    @Override
    public String name() {
        return "pretraining";
    }

    @Override
    public String description() {
        return "unsupervised pretraining: an autoencoder's encoder under a classifier trained on 500 labelled images";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
        Dataset labelled = run.data.train().take(LABELLED);
        Path saveAutoencoder = options.out().resolve("autoencoder");
        Map<String, Object> metrics = new LinkedHashMap<>();
        try (var autoencoder = FashionAutoencoderModel.create(run.seed())) {
            // The labels are in the data set but never read: the target is the input itself.
            History history = autoencoder.fit(run.train, Fit.epochs(run.epochs()).validation(run.data.valid())
                    .verbose(options.verbose()).callbacks(RunDirectory.at(options.out().resolve("autoencoder-run"))));
            metrics.put("autoencoder_epochs", history.epochs());
            metrics.put("autoencoder_val_loss_first", history.get("val_loss").get(0));
            metrics.put("autoencoder_val_loss_last", history.last("val_loss"));
            autoencoder.save(saveAutoencoder);
        }
        List<Map<String, Object>> runs = new ArrayList<>();
        double[] scratch = new double[SEEDS];
        double[] pretrained = new double[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            long seed = run.seed() + i;
            try (var classifier = PretrainedClassifierModel.create(seed)) {
                classifier.fit(labelled, Fit.epochs(20).verbose(false));
                scratch[i] = classifier.evaluate(run.data.test()).accuracy();
            }
            try (var classifier = PretrainedClassifierModel.create(seed)) {
                classifier.transferFrom(saveAutoencoder);   // the Encoder layers
                classifier.freezeReused();
                classifier.fit(labelled, Fit.epochs(4).verbose(false));
                classifier.unfreezeAll();
                classifier.fit(labelled, Fit.epochs(16).verbose(false).learningRate(1e-4));
                pretrained[i] = classifier.evaluate(run.data.test()).accuracy();
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seed", seed);
            row.put("scratch_accuracy", scratch[i]);
            row.put("pretrained_accuracy", pretrained[i]);
            runs.add(row);
        }
        metrics.put("labelled_examples", LABELLED);
        metrics.put("runs", runs);
        metrics.put("scratch_accuracy_mean", SeedStatistics.mean(scratch));
        metrics.put("pretrained_accuracy_mean", SeedStatistics.mean(pretrained));
        return run.write(metrics);
    }
}
