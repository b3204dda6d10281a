package dev.lamina.samples;

import dev.lamina.runtime.train.SequentialModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/** The {@code initialization} sample: the chapter's initialization cell (In[11]), each pattern trained. */
public final class InitializationSample implements Sample {
    @Override
    public String name() {
        return "initialization";
    }

    @Override
    public String description() {
        return "the chapter's initialization cell: ReLU + He, sigmoid + VarianceScaling(fan_avg), SELU + LeCun";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        Map<String, LongFunction<SequentialModel>> models = new LinkedHashMap<>();
        models.put("ReLU + He normal", HeReluNetModel::create);
        models.put("sigmoid + VarianceScaling(2, fan_avg, uniform)", HeAvgSigmoidNetModel::create);
        models.put("SELU + LeCun normal", LecunSeluNetModel::create);
        SampleRun run = new SampleRun(options, 5);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("epochs", run.epochs());
        metrics.put("initializations", run.compare(models, "initialization.png"));
        return run.write(metrics);
    }
}
