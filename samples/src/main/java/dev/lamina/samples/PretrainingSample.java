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
 * The {@code pretraining} sample, the chapter's unsupervised pretraining, compared fairly: an
 * autoencoder trains on all 55,000 training images without their labels; then, for 100 and 500
 * labelled images (the first ones of the training set) and 5 seeds, a classifier trains from
 * scratch and on top of the autoencoder's encoder. Both arms get the same budget (twice the
 * sample's epochs: 20 by default; the pretrained arm spends the first {@value #FROZEN_EPOCHS} of
 * them with the encoder frozen while its new head trains) and the same rule for their learning
 * rate: each trains at every rate of {@link #RATES} and keeps the one with the best validation
 * accuracy (5,000 images the classifiers never train on); its test accuracy is reported. A run on
 * a slice of the data ({@code --train-size}) is a quick check: one seed.
 */
public final class PretrainingSample implements Sample {
    static final int[] LABEL_COUNTS = {100, 500};
    static final int SEEDS = 5;
    /** The candidate constant rates for Nadam, around its default 1e-3. */
    static final double[] RATES = {3e-4, 1e-3, 3e-3};
    static final int FROZEN_EPOCHS = 4;

    @Override
    public String name() {
        return "pretraining";
    }

    @Override
    public String description() {
        return "unsupervised pretraining against training from scratch, 100 and 500 labels, 5 seeds, rates chosen on validation";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 10);
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
        int budget = 2 * run.epochs();
        int seeds = options.trainSize().isPresent() ? 1 : SEEDS;
        metrics.put("classifier_epochs", budget);
        metrics.put("seeds", seeds);
        for (int labels : LABEL_COUNTS) {
            Dataset labelled = run.data.train().take(labels);
            List<Map<String, Object>> runs = new ArrayList<>();
            double[] scratch = new double[seeds];
            double[] pretrained = new double[seeds];
            for (int i = 0; i < seeds; i++) {
                long seed = run.seed() + i;
                ChosenRate fromScratch = ChosenRate.best(RATES, rate -> scratch(seed, labelled, budget, rate, run));
                ChosenRate onEncoder = ChosenRate.best(RATES,
                        rate -> pretrained(seed, labelled, budget, rate, run, saveAutoencoder));
                scratch[i] = fromScratch.testAccuracy();
                pretrained[i] = onEncoder.testAccuracy();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("seed", seed);
                row.put("scratch_rate", fromScratch.rate());
                row.put("scratch_accuracy", scratch[i]);
                row.put("pretrained_rate", onEncoder.rate());
                row.put("pretrained_accuracy", pretrained[i]);
                runs.add(row);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scratch_accuracy_mean", SeedStatistics.mean(scratch));
            summary.put("scratch_accuracy_std", SeedStatistics.std(scratch));
            summary.put("pretrained_accuracy_mean", SeedStatistics.mean(pretrained));
            summary.put("pretrained_accuracy_std", SeedStatistics.std(pretrained));
            summary.put("runs", runs);
            metrics.put("labelled_" + labels, summary);
        }
        return run.write(metrics);
    }

    /** The classifier from its initial weights, {@code budget} epochs at {@code rate}. */
    private static ChosenRate.Trial scratch(long seed, Dataset labelled, int budget, double rate, SampleRun run) {
        try (var classifier = PretrainedClassifierModel.create(seed)) {
            classifier.fit(labelled, Fit.epochs(budget).verbose(false).learningRate(rate));
            return ChosenRate.Trial.of(classifier, run.data);
        }
    }

    /** The encoder's weights, frozen while the new head trains, then everything, {@code budget} epochs in all at {@code rate}. */
    private static ChosenRate.Trial pretrained(long seed, Dataset labelled, int budget, double rate, SampleRun run,
            Path autoencoder) {
        int frozen = Math.min(FROZEN_EPOCHS, budget / 2);
        try (var classifier = PretrainedClassifierModel.create(seed)) {
            classifier.transferFrom(autoencoder);   // the Encoder layers
            classifier.freezeReused();
            classifier.fit(labelled, Fit.epochs(frozen).verbose(false).learningRate(rate));
            classifier.unfreezeAll();
            classifier.fit(labelled, Fit.epochs(budget - frozen).verbose(false).learningRate(rate));
            return ChosenRate.Trial.of(classifier, run.data);
        }
    }
}
