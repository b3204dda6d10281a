package dev.lamina.samples;

import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.train.LayerHealth;
import java.util.List;
import java.util.Map;

/**
 * The {@code selu-deep} sample: {@link FashionSeluDeep}. Before training, it measures the last
 * hidden layer's activations on the validation set (the self-normalization claim: mean near 0,
 * standard deviation near 1 after 100 layers), then trains and reports test accuracy; then trains
 * {@link FashionReluDeep}, the same depth with ReLU + He, the same way (the {@code relu-he}
 * subdirectory), for the chapter's contrast.
 */
public final class SeluDeepSample implements Sample {
    @Override
    public String name() {
        return "selu-deep";
    }

    @Override
    public String description() {
        return "100 SELU + LeCun-normal layers on standardized inputs: self-normalization, then training; ReLU + He alongside";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 5);
        try (var model = FashionSeluDeepModel.create(run.seed())) {
            model.adapt(run.train);
            List<Layer> hidden = model.hidden();
            LayerHealth last = model.gradientHealth(run.data.valid()).layer(hidden.get(hidden.size() - 1).name());
            Map<String, Object> metrics = run.standardMetrics(model, run.train(model, run.fit()));
            metrics.put("last_layer_mean_before", last.activationMean());
            metrics.put("last_layer_std_before", last.activationStd());
            try (var relu = FashionReluDeepModel.create(run.seed())) {
                SampleRun.Trained trained = run.train(relu, run.fitInto(options.out().resolve("relu-he")));
                metrics.put("relu_he_test_accuracy", relu.evaluate(run.data.test()).accuracy());
                metrics.put("relu_he_train_seconds", trained.seconds());
            }
            return run.write(metrics);
        }
    }
}
