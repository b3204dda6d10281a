package dev.lamina.samples;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.plot.GradientNormChart;
import dev.lamina.runtime.train.GradientHealth;
import dev.lamina.runtime.train.SequentialModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code gradient-health} sample: the chapter's first topic, vanishing gradients, measured. For
 * each of the three 20-layer nets of {@link GradientHealthNets}, at initialization, on 512
 * validation images: the per-layer report (printed, and written as CSV and PNG into a
 * subdirectory) and the ratio of the first to the last hidden layer's kernel gradient norm. A
 * ratio far below 1 means the lower layers barely learn.
 */
public final class GradientHealthSample implements Sample {
    static final int BATCH = 512;

    @Override
    public String name() {
        return "gradient-health";
    }

    @Override
    public String description() {
        return "vanishing gradients: sigmoid + N(0,1) vs He + ELU vs SELU + LeCun at 20 layers";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 1);
        Dataset batch = run.data.valid().take(BATCH);
        Map<String, Object> metrics = new LinkedHashMap<>();
        try (var sigmoid = SigmoidNormalNetModel.create(run.seed());
                var heElu = HeEluNetModel.create(run.seed());
                var selu = SeluLecunNetModel.create(run.seed())) {
            selu.adapt(run.train);
            metrics.put("grad_ratio_sigmoid", ratio(sigmoid, batch, run, "sigmoid"));
            metrics.put("grad_ratio_he_elu", ratio(heElu, batch, run, "he-elu"));
            metrics.put("grad_ratio_selu", ratio(selu, batch, run, "selu"));
        }
        metrics.put("hidden_layers", 20);
        metrics.put("batch", BATCH);
        return run.write(metrics);
    }

    private static double ratio(SequentialModel model, Dataset batch, SampleRun run, String name) {
        GradientHealth report = model.gradientHealth(batch);
        Path directory = run.options.out().resolve(name);
        report.writeCsv(directory);
        GradientNormChart.write(report, directory);
        if (run.options.verbose()) {
            System.out.println(name + "\n" + report.toTable());
        }
        return report.kernelGradientNorm("hidden1") / report.kernelGradientNorm("hidden20");
    }
}
