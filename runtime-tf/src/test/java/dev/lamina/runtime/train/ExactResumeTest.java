package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.callback.EarlyStopping;
import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.callback.Monitor;
import dev.lamina.runtime.callback.ReduceLROnPlateau;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.layer.BatchNorm;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Dropout;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.schedule.CosineDecay;
import dev.lamina.runtime.schedule.ExponentialDecay;
import dev.lamina.runtime.schedule.Granularity;
import dev.lamina.runtime.schedule.LearningRateSchedule;
import dev.lamina.runtime.schedule.OneCycle;
import dev.lamina.runtime.schedule.PiecewiseConstant;
import dev.lamina.runtime.schedule.PowerDecay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "2 epochs, killed, resumed for the 2 left" gives weights bit-identical to "4 epochs", for every
 * schedule kind, with Dropout and Batch Normalization on, and with the plateau and early-stopping
 * callbacks' state carried across (their counters decide later epochs).
 */
class ExactResumeTest {
    private static final ModelConfig CONFIG = new ModelConfig("Resumed", new long[] {2, 2},
            Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of(Metric.ACCURACY), 7L);
    static final Dataset DATA = Blobs.of(96, 5);
    private final Dataset data = DATA;

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of("constant (the model's own rate)", (Supplier<LearningRateSchedule>) () -> null),
                Arguments.of("exponential per step", schedule(() -> new ExponentialDecay(0.02, 0.5, 3, false, Granularity.STEP))),
                Arguments.of("exponential per epoch", schedule(() -> new ExponentialDecay(0.02, 0.1, 1, false, Granularity.EPOCH))),
                Arguments.of("cosine per step", schedule(() -> new CosineDecay(0.02, 10, 0.1, 0, Double.NaN, Granularity.STEP))),
                Arguments.of("cosine per epoch with warm-up", schedule(() -> new CosineDecay(0, 3, 0, 1, 0.02, Granularity.EPOCH))),
                Arguments.of("piecewise per step", schedule(() -> new PiecewiseConstant(new double[] {4, 9},
                        new double[] {0.02, 0.01, 0.005}, Granularity.STEP))),
                Arguments.of("piecewise per epoch", schedule(() -> new PiecewiseConstant(new double[] {0, 2},
                        new double[] {0.02, 0.01, 0.005}, Granularity.EPOCH))),
                Arguments.of("power per step", schedule(() -> new PowerDecay(0.02, 4, 1, Granularity.STEP))),
                Arguments.of("power per epoch", schedule(() -> new PowerDecay(0.02, 1, 2, Granularity.EPOCH))),
                Arguments.of("1cycle", schedule(() -> new OneCycle(0.05, Double.NaN, Double.NaN, 0.1))));
    }

    private static Supplier<LearningRateSchedule> schedule(Supplier<LearningRateSchedule> schedule) {
        return schedule;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void aResumedFitEqualsTheUninterruptedOne(String kind, Supplier<LearningRateSchedule> schedule, @TempDir Path dir) {
        WeightSnapshot uninterrupted;
        double rateAfter;
        try (var model = model()) {
            model.fit(data, options(schedule, dir.resolve("full")));
            uninterrupted = model.weights();
            rateAfter = model.learningRate();
        }
        Path save = dir.resolve("killed");
        try (var model = model()) {
            assertThrows(KilledAtEpoch.class, () -> model.fit(data, options(schedule, save)
                    .callbacks(new KilledAtEpoch(2))));
        }
        try (var resumed = model()) {
            resumed.restore(save);
            assertEquals(2, resumed.epochsCompleted());
            History history = resumed.resume(data, options(schedule, save));
            assertEquals(2, history.epochs(), "the 2 epochs left");
            assertEquals(4 * 3, resumed.iterations()); // ceil(96 / 32) = 3 steps per epoch
            assertEquals(rateAfter, resumed.learningRate(), kind + ": the plateau-reduced rate");
            assertSame(uninterrupted, resumed.weights(), kind);
        }
    }

    /**
     * A real kill: a child JVM trains with a checkpoint after every epoch and is halted (as
     * {@code kill -9}) as epoch 2 begins; this JVM resumes from the checkpoint.
     */
    @Test
    void aFitKilledInAnotherJvmResumesExactly(@TempDir Path dir) throws Exception {
        WeightSnapshot uninterrupted;
        try (var model = model()) {
            model.fit(data, options(() -> null, dir.resolve("full")));
            uninterrupted = model.weights();
        }
        Path save = dir.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledFit.class.getName(), save.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), output);
        try (var resumed = model()) {
            resumed.restore(save);
            assertEquals(2, resumed.resume(data, options(() -> null, save)).epochs());
            assertSame(uninterrupted, resumed.weights(), "resumed in another JVM");
        }
    }

    /** The case, through plain fit: an exponential schedule per epoch continues at epoch 2 (0.01 · 0.1² · …), not at 0. */
    @Test
    void aPerEpochScheduleContinuesAfterRestoreAndFit(@TempDir Path dir) {
        Supplier<Fit> options = () -> Fit.epochs(2).verbose(false)
                .schedule(new ExponentialDecay(0.01, 0.1, 1, false, Granularity.EPOCH));
        WeightSnapshot uninterrupted;
        try (var model = model()) {
            model.fit(data, Fit.epochs(4).verbose(false)
                    .schedule(new ExponentialDecay(0.01, 0.1, 1, false, Granularity.EPOCH)));
            uninterrupted = model.weights();
        }
        try (var first = model()) {
            first.fit(data, options.get());
            first.save(dir.resolve("half"));
        }
        try (var resumed = model()) {
            resumed.restore(dir.resolve("half"));
            History history = resumed.fit(data, options.get());
            assertEquals(0.01 * Math.pow(0.1, 3), history.get("learning_rate").get(1), 1e-15);
            assertSame(uninterrupted, resumed.weights(), "per-epoch exponential decay");
        }
    }

    /** Early stopping's wait counter carries over: the resumed fit stops at the epoch the uninterrupted one stopped at. */
    @Test
    void earlyStoppingStopsAtTheSameEpochAfterAResume(@TempDir Path dir) {
        // minDelta 10: only the first epoch improves, so with patience 2 the fit stops at epoch 2 (wait 1, then 2).
        Supplier<EarlyStopping> stopping = () -> new EarlyStopping(new Monitor("loss", dev.lamina.dsl.MonitorMode.MIN, 10),
                2, null, false, 0);
        EarlyStopping full = stopping.get();
        try (var model = model()) {
            assertEquals(3, model.fit(data, Fit.epochs(4).verbose(false).callbacks(full)).epochs());
            assertEquals(2, full.stoppedEpoch());
        }
        Path save = dir.resolve("killed");
        try (var model = model()) {
            assertThrows(KilledAtEpoch.class, () -> model.fit(data, Fit.epochs(4).verbose(false)
                    .callbacks(ModelCheckpoint.every(save), stopping.get(), new KilledAtEpoch(2))));
        }
        EarlyStopping resumedStopping = stopping.get();
        try (var model = model()) {
            model.restore(save);
            assertEquals(1, model.resume(data, Fit.epochs(4).verbose(false)
                    .callbacks(ModelCheckpoint.every(save), resumedStopping)).epochs());
            assertEquals(2, resumedStopping.stoppedEpoch());
        }
    }

    /** With restoreBestWeights, the best epoch's weights travel in the save: the resumed fit ends on the same weights. */
    @Test
    void earlyStoppingRestoresTheSameBestWeightsAfterAResume(@TempDir Path dir) {
        Supplier<EarlyStopping> stopping = () -> new EarlyStopping(new Monitor("loss", dev.lamina.dsl.MonitorMode.MIN, 10),
                2, null, true, 0);
        WeightSnapshot uninterrupted;
        try (var model = model()) {
            model.fit(data, Fit.epochs(4).verbose(false).callbacks(stopping.get()));
            uninterrupted = model.weights();
        }
        Path save = dir.resolve("killed");
        try (var model = model()) {
            assertThrows(KilledAtEpoch.class, () -> model.fit(data, Fit.epochs(4).verbose(false)
                    .callbacks(ModelCheckpoint.every(save), stopping.get(), new KilledAtEpoch(2))));
        }
        try (var model = model()) {
            model.restore(save);
            model.resume(data, Fit.epochs(4).verbose(false).callbacks(ModelCheckpoint.every(save), stopping.get()));
            assertSame(uninterrupted, model.weights(), "the best epoch's weights");
        }
    }

    @Test
    void resumingNeedsTheSavedFit(@TempDir Path dir) {
        try (var model = model()) {
            model.fit(data, Fit.epochs(1).verbose(false));
            model.save(dir.resolve("after"));
            model.restore(dir.resolve("after"));
            var error = assertThrows(IllegalStateException.class, () -> model.resume(data, Fit.epochs(1)));
            assertTrue(error.getMessage().contains("has no fit to resume"), error.getMessage());
        }
        Path save = dir.resolve("killed");
        try (var model = model()) {
            assertThrows(KilledAtEpoch.class, () -> model.fit(data, options(() -> null, save).callbacks(new KilledAtEpoch(2))));
        }
        try (var model = model()) {
            model.restore(save);
            var error = assertThrows(IllegalArgumentException.class,
                    () -> model.resume(data, Fit.epochs(5).verbose(false)));
            assertTrue(error.getMessage().contains("asks for 5 epochs; the saved fit was asked for 4"), error.getMessage());
        }
        try (var model = model()) {
            model.restore(save);
            model.fit(data, Fit.epochs(1).verbose(false));
            var error = assertThrows(IllegalStateException.class, () -> model.resume(data, options(() -> null, save)));
            assertTrue(error.getMessage().contains("has no fit to resume"), error.getMessage());
        }
    }

    /** Four epochs with a checkpoint after each, the plateau callback on the training loss, and early stopping. */
    static Fit options(Supplier<LearningRateSchedule> schedule, Path checkpoints) {
        Fit fit = Fit.epochs(4).verbose(false).callbacks(ModelCheckpoint.every(checkpoints),
                new EarlyStopping(Monitor.of("loss"), 3, null, false, 0));
        LearningRateSchedule rates = schedule.get();
        return rates == null
                ? fit.callbacks(new ReduceLROnPlateau(new Monitor("loss", dev.lamina.dsl.MonitorMode.MIN, 10), 0.5, 0, 0, 0))
                : fit.schedule(rates);
    }

    /** A model with Batch Normalization and Dropout, so the saved moving statistics and the random stream both matter. */
    static StackModel model() {
        return StackModel.create(CONFIG, () -> new Adam(0.02, 0.9, 0.999, 1e-7, false), new Flatten("flatten", 4),
                new Dense("hidden", 4, 8, Activation.RELU, Init.HE_NORMAL, true),
                new BatchNorm("bn", 8, 0.9, 1e-3, true, true), new Dropout("dropout", 0.3),
                new Dense("output", 8, 3, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true));
    }

    private static void assertSame(WeightSnapshot expected, WeightSnapshot actual, String what) {
        List<String> paths = new ArrayList<>(expected.paths());
        for (String path : paths) {
            assertArrayEquals(expected.get(path), actual.get(path), what + ": " + path);
        }
    }

    /** Stands for a kill: the run ends with an exception as the epoch {@code epoch} begins, after the previous epoch's save. */
    private static final class KilledAtEpoch extends RuntimeException implements Callback {
        private final int epoch;

        KilledAtEpoch(int epoch) {
            super("killed");
            this.epoch = epoch;
        }

        @Override
        public void onEpochBegin(SequentialModel model, int current) {
            if (current == epoch) {
                throw this;
            }
        }
    }
}
