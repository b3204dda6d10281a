package dev.lamina.samples;

import dev.lamina.runtime.callback.LearningRateFinder;
import dev.lamina.runtime.callback.SuggestionRule;
import dev.lamina.runtime.schedule.OneCycle;
import dev.lamina.runtime.train.SequentialModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The {@code lr-finder-rules} sample: how the learning-rate finder's suggestion rules compare. For
 * the {@code one-cycle} net (no BN) and the {@code defaults} net (BN), one sweep; then, from the
 * same initial weights, Nadam + 1cycle for the same epochs up to each rule's suggestion and up to
 * a fixed grid of maximum rates around them. The rule worth keeping is the one whose rate trains
 * about as well as the grid's best (judged on validation accuracy; test accuracy is reported too).
 */
public final class FinderRulesSample implements Sample {
    static final double[] GRID = {1e-3, 2e-3, 5e-3, 1e-2};

    @Override
    public String name() {
        return "lr-finder-rules";
    }

    @Override
    public String description() {
        return "the LR finder's suggestion rules compared: 1cycle up to each rule's rate and up to a grid of rates";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        SampleRun run = new SampleRun(options, 3);
        Map<String, LongFunction<SequentialModel>> nets = new LinkedHashMap<>();
        nets.put("one-cycle-net", OneCycleNetModel::create);
        nets.put("defaults-net", DefaultsNetModel::create);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (var net : nets.entrySet()) {
            LearningRateFinder.Result found;
            try (SequentialModel model = net.getValue().apply(run.seed())) {
                found = LearningRateFinder.find(model, run.train);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SuggestionRule rule : SuggestionRule.values()) {
                rows.add(trainUpTo(run, net, rule.name(), found.suggestion(rule)));
            }
            for (double rate : GRID) {
                rows.add(trainUpTo(run, net, "grid", rate));
            }
            metrics.put(net.getKey() + "_best_rate", found.bestRate());
            metrics.put(net.getKey(), rows);
        }
        metrics.put("epochs", run.epochs());
        metrics.put("seed", run.seed());
        return run.write(metrics);
    }

    private static Map<String, Object> trainUpTo(SampleRun run, Map.Entry<String, LongFunction<SequentialModel>> net,
            String rule, double maxRate) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rule", rule);
        row.put("max_rate", maxRate);
        if (Double.isNaN(maxRate)) {
            return row;
        }
        try (SequentialModel model = net.getValue().apply(run.seed())) {
            String directory = String.format(Locale.ROOT, "%s-%s-%.0e", net.getKey(), rule.toLowerCase(Locale.ROOT), maxRate);
            var fit = run.fitInto(run.options.out().resolve(directory)).schedule(new OneCycle(maxRate, Double.NaN, Double.NaN, 0.1));
            SampleRun.Trained trained = run.train(model, fit);
            row.put("val_accuracy", trained.history().last("val_accuracy"));
            row.put("test_accuracy", model.evaluate(run.data.test()).accuracy());
            row.put("seconds", trained.seconds());
        }
        return row;
    }
}
