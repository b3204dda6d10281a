package dev.lamina.benchmarks;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.FashionMnist;
import dev.lamina.runtime.train.Fit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the data check at the model's boundary costs against an epoch: the one pass over the
 * features for NaN and infinity (each time on a fresh copy, which has no kept result), and the
 * whole first {@code fit} call's check as part of a one-epoch fit, on Fashion-MNIST's 55,000
 * training images with the benchmark's Adam model at batch size 32.
 */
final class CheckCost {
    private CheckCost() {}

    static void run(int rounds) {
        Dataset train = FashionMnist.load().train();
        List<Double> scans = new ArrayList<>();
        for (int round = 0; round < rounds + 1; round++) {
            Dataset fresh = train.slice(0, train.size());
            long start = System.nanoTime();
            if (fresh.nonFinite() != null) {
                throw new IllegalStateException("Fashion-MNIST holds a non-finite value");
            }
            if (round > 0) {
                scans.add((System.nanoTime() - start) / 1e6);
            }
        }
        List<Double> epochs = new ArrayList<>();
        try (var model = BenchAdamModel.create(Benchmark.SEED)) {
            for (int round = 0; round < rounds + 1; round++) {
                Dataset fresh = train.slice(0, train.size());
                long start = System.nanoTime();
                model.fit(fresh, Fit.epochs(1).batchSize(32).verbose(false));
                if (round > 0) {
                    epochs.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        double scan = Benchmark.median(scans);
        double epoch = Benchmark.median(epochs);
        System.out.printf(Locale.ROOT, "CHECK features_scan_ms=%.1f epoch_ms=%.0f share=%.3f%% (%d rounds, %d examples)%n",
                scan, epoch, 100 * scan / epoch, rounds, train.size());
    }
}
