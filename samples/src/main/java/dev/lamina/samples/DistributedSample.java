package dev.lamina.samples;

import dev.lamina.runtime.distribute.Cluster;
import dev.lamina.runtime.distribute.Distribution;
import dev.lamina.runtime.distribute.LocalWorker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code distributed} sample: {@link FashionClassifier} trained by this process (the chief,
 * task 0) and {@code --workers} worker processes it starts on loopback ports, one replica per
 * task, on TensorFlow's gRPC runtime; the workers are stopped at the end. {@code --workers 0}
 * trains in this process alone, the baseline of the step time.
 */
public final class DistributedSample implements Sample {
    /** The system property the launcher's {@code --workers} sets. */
    static final String WORKERS_PROPERTY = "lamina.samples.workers";
    static final int DEFAULT_WORKERS = 2;
    static final int DEFAULT_EPOCHS = 3;

    @Override
    public String name() {
        return "distributed";
    }

    @Override
    public String description() {
        return "the Fashion classifier on this process and --workers worker processes (loopback, gRPC)";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        int workers = Integer.getInteger(WORKERS_PROPERTY, DEFAULT_WORKERS);
        SampleRun run = new SampleRun(options, DEFAULT_EPOCHS);
        List<LocalWorker> started = new ArrayList<>();
        try (var model = FashionClassifierModel.create(run.seed())) {
            var fit = run.fit();
            if (workers > 0) {
                Cluster cluster = loopbackCluster(workers + 1);
                for (int task = 1; task <= workers; task++) {
                    started.add(startWorker(cluster, task));
                    System.out.println(started.get(task - 1).readyLine());
                }
                fit = fit.distribution(Distribution.multiWorker(cluster, Duration.ofSeconds(60)));
            }
            SampleRun.Trained trained = run.train(model, fit);
            Map<String, Object> metrics = run.standardMetrics(model, trained);
            long steps = model.iterations();
            metrics.put("batch_size", fit.batchSize());
            metrics.put("workers", workers);
            metrics.put("replicas", workers + 1);
            metrics.put("steps", steps);
            // Includes the per-epoch validation passes: the time a user waits per step.
            metrics.put("step_ms", 1000 * trained.seconds() / steps);
            return run.write(metrics);
        } finally {
            started.forEach(LocalWorker::close);
        }
    }

    private static Cluster loopbackCluster(int tasks) {
        try {
            return LocalWorker.loopbackCluster(tasks);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free loopback ports: " + e.getMessage(), e);
        }
    }

    private static LocalWorker startWorker(Cluster cluster, int task) {
        try {
            return LocalWorker.start(cluster, task);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start worker " + task + " of " + cluster.workers() + ": "
                    + e.getMessage(), e);
        }
    }
}
