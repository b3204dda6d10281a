package dev.lamina.samples;

import dev.lamina.runtime.train.SequentialModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/** The {@code activations} sample: the chapter's activation cell (In[12]) and its relatives, each trained. */
public final class ActivationsSample implements Sample {
    @Override
    public String name() {
        return "activations";
    }

    @Override
    public String description() {
        return "LeakyReLU(0.2), PReLU, RReLU and ELU as layers and activations, each trained";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        Map<String, LongFunction<SequentialModel>> models = new LinkedHashMap<>();
        models.put("LeakyReLU(0.2)", LeakyReluNetModel::create);
        models.put("PReLU", PReluNetModel::create);
        models.put("RReLU(1/8, 1/3)", RReluNetModel::create);
        models.put("ELU", EluNetModel::create);
        SampleRun run = new SampleRun(options, 5);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("epochs", run.epochs());
        metrics.put("activations", run.compare(models, "activations.png"));
        return run.write(metrics);
    }
}
