package dev.lamina.samples;

import dev.lamina.runtime.plot.CurvesChart;
import dev.lamina.runtime.run.RunDirectory;
import dev.lamina.runtime.schedule.CosineDecay;
import dev.lamina.runtime.schedule.ExponentialDecay;
import dev.lamina.runtime.schedule.Granularity;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import dev.lamina.runtime.schedule.OneCycle;
import dev.lamina.runtime.schedule.PiecewiseConstant;
import dev.lamina.runtime.schedule.PowerDecay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code schedules} sample: no training, only each learning-rate schedule's curve over a run of
 * 30 epochs of 1,719 steps (55,000 images in batches of 32), as a fit would feed it, in
 * {@code schedules.png}. Each starts from 0.01, as the chapter's examples do.
 */
public final class SchedulesSample implements Sample {
    static final int EPOCHS = 30;
    static final int STEPS_PER_EPOCH = 1_719;

    @Override
    public String name() {
        return "schedules";
    }

    @Override
    public String description() {
        return "the curve of every learning-rate schedule over 30 epochs (no training)";
    }

    @Override
    public Map<String, Object> run(SampleOptions options) {
        Map<String, LearningRateSchedule> schedules = new LinkedHashMap<>();
        schedules.put("exponential 0.01·0.1^(epoch/20)", new ExponentialDecay(0.01, 0.1, 20, false, Granularity.EPOCH));
        schedules.put("power 0.01/(1+t/10000)", new PowerDecay(0.01, 10_000, 1, Granularity.STEP));
        schedules.put("piecewise 0.01 | 0.005 | 0.001", new PiecewiseConstant(new double[] {5 * STEPS_PER_EPOCH,
            15 * STEPS_PER_EPOCH}, new double[] {0.01, 0.005, 0.001}, Granularity.STEP));
        schedules.put("cosine, 2-epoch warm-up", new CosineDecay(0.001, 28 * STEPS_PER_EPOCH, 0, 2 * STEPS_PER_EPOCH,
                0.01, Granularity.STEP));
        schedules.put("1cycle, max 0.01", new OneCycle(0.01, Double.NaN, Double.NaN, 0.1));
        int steps = EPOCHS * STEPS_PER_EPOCH;
        double[] epochAxis = new double[steps];
        Map<String, double[]> curves = new LinkedHashMap<>();
        Map<String, Object> finalRates = new LinkedHashMap<>();
        for (var entry : schedules.entrySet()) {
            LearningRateSchedule schedule = entry.getValue();
            schedule.start(EPOCHS, STEPS_PER_EPOCH, 0.01);
            double[] rates = new double[steps];
            for (int step = 0; step < steps; step++) {
                epochAxis[step] = (double) step / STEPS_PER_EPOCH;
                rates[step] = schedule.rate(step, step / STEPS_PER_EPOCH);
            }
            curves.put(entry.getKey(), rates);
            finalRates.put(entry.getKey(), rates[steps - 1]);
        }
        CurvesChart.write("Learning-rate schedules", "epoch", "learning rate", epochAxis, curves, false,
                options.out().resolve("schedules.png"));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("epochs", EPOCHS);
        metrics.put("steps_per_epoch", STEPS_PER_EPOCH);
        metrics.put("final_rates", finalRates);
        RunDirectory.at(options.out()).writeMetrics(metrics);
        return metrics;
    }
}
