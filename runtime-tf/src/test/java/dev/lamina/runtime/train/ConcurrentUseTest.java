package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One model used from several threads, and from its own fit's callbacks (issue 14, defect 8). */
class ConcurrentUseTest {
    private static final Dataset DATA = Blobs.of(60, 7);
    private final ExecutorService other = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "trainer"));

    @AfterEach
    void stopTheOtherThread() throws InterruptedException {
        other.shutdownNow();
        assertTrue(other.awaitTermination(30, TimeUnit.SECONDS));
    }

    /** Holds the fit at its first step until released, so the test knows a fit is running. */
    private static final class PauseAtFirstStep implements Callback {
        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void onBatchEnd(SequentialModel model, int epoch, int batch, double batchLoss, double runningLoss) {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Two fits used to interleave silently. */
    @Test
    void aSecondFitFromAnotherThreadFailsAtOnceNamingTheRunningOne() throws Exception {
        try (var model = TinyClassifierModel.create()) {
            PauseAtFirstStep pause = new PauseAtFirstStep();
            Future<History> first = other.submit(() -> model.fit(DATA, Fit.epochs(2).verbose(false).callbacks(pause)));
            assertTrue(pause.running.await(30, TimeUnit.SECONDS));

            var refused = assertThrows(IllegalStateException.class, () -> model.fit(DATA, Fit.epochs(1).verbose(false)));
            pause.release.countDown();

            assertTrue(refused.getMessage().contains("TinyClassifier is busy: fit is running on thread 'trainer'"),
                    refused.getMessage());
            assertEquals(2, first.get(30, TimeUnit.SECONDS).epochs());
            assertEquals(2, model.epochsCompleted());
        }
    }

    /** A save during fit used to record a mid-epoch state as if it were an epoch boundary. */
    @Test
    void aSaveFromAnotherThreadDuringFitFailsAtOnce(@TempDir Path dir) throws Exception {
        try (var model = TinyClassifierModel.create()) {
            PauseAtFirstStep pause = new PauseAtFirstStep();
            Future<History> fit = other.submit(() -> model.fit(DATA, Fit.epochs(1).verbose(false).callbacks(pause)));
            assertTrue(pause.running.await(30, TimeUnit.SECONDS));

            var refused = assertThrows(IllegalStateException.class, () -> model.save(dir.resolve("save")));
            var alsoRefused = assertThrows(IllegalStateException.class, () -> model.restore(dir.resolve("save")));
            pause.release.countDown();
            fit.get(30, TimeUnit.SECONDS);

            assertTrue(refused.getMessage().contains("fit is running"), refused.getMessage());
            assertTrue(refused.getMessage().contains("so save fails"), refused.getMessage());
            assertTrue(alsoRefused.getMessage().contains("so restore fails"), alsoRefused.getMessage());
            assertFalse(Files.exists(dir.resolve("save")));
        }
    }

    /** The fit's own callbacks may save between epochs (ModelCheckpoint), not in the middle of one, and never fit. */
    @Test
    void theFitsOwnCallbacksMaySaveAtEpochBoundariesOnly(@TempDir Path dir) throws Exception {
        List<String> refusals = new ArrayList<>();
        Callback callback = new Callback() {
            @Override
            public void onBatchEnd(SequentialModel model, int epoch, int batch, double batchLoss, double runningLoss) {
                if (batch == 1) {
                    refusals.add(assertThrows(IllegalStateException.class, () -> model.save(dir.resolve("mid"))).getMessage());
                }
            }

            @Override
            public void onEpochEnd(SequentialModel model, int epoch, Map<String, Double> logs) {
                model.save(dir.resolve("epoch-" + epoch));
                refusals.add(assertThrows(IllegalStateException.class,
                        () -> model.fit(DATA, Fit.epochs(1).verbose(false))).getMessage());
            }
        };
        try (var model = TinyClassifierModel.create()) {
            model.fit(DATA, Fit.epochs(2).verbose(false).callbacks(callback));
        }
        assertTrue(Files.isDirectory(dir.resolve("epoch-0")) && Files.isDirectory(dir.resolve("epoch-1")));
        assertFalse(Files.exists(dir.resolve("mid")));
        assertEquals(4, refusals.size());
        assertTrue(refusals.get(0).contains("save cannot be called while fit runs on this thread, in the middle of an"
                + " epoch: it would record a mid-epoch state"), refusals.get(0));
        assertTrue(refusals.get(1).contains("fit cannot be called while fit runs on this thread."), refusals.get(1));
    }

    /** A close during fit once surfaced as a NullPointerException inside the runtime. */
    @Test
    void closeDuringFitStopsItCleanlyAtTheNextStep() throws Exception {
        var model = TinyClassifierModel.create();
        CountDownLatch running = new CountDownLatch(1);
        Callback signal = new Callback() {
            @Override
            public void onBatchEnd(SequentialModel m, int epoch, int batch, double batchLoss, double runningLoss) {
                running.countDown();
            }
        };
        Future<History> fit = other.submit(() -> model.fit(DATA, Fit.epochs(100_000).verbose(false).callbacks(signal)));
        assertTrue(running.await(30, TimeUnit.SECONDS));

        model.close();

        History history = fit.get(30, TimeUnit.SECONDS);
        assertTrue(history.epochs() < 100_000);
        assertEquals(history.epochs(), model.epochsCompleted());
        var closed = assertThrows(IllegalStateException.class, () -> model.predict(DATA));
        assertTrue(closed.getMessage().contains("TinyClassifier is closed"), closed.getMessage());
    }

    @Test
    void closeFromTheFitsOwnCallbackReleasesTheModelWhenTheFitReturns() {
        var model = TinyClassifierModel.create();
        Callback closer = new Callback() {
            @Override
            public void onEpochEnd(SequentialModel m, int epoch, Map<String, Double> logs) {
                m.close();
                m.predict(DATA); // still open until the fit returns
            }
        };
        History history = model.fit(DATA, Fit.epochs(5).verbose(false).callbacks(closer));

        assertEquals(1, history.epochs());
        assertThrows(IllegalStateException.class, model::iterations);
    }

    /**
     * Predict during fit is allowed: it waits for a step boundary, so every prediction made from
     * another thread is the model's output after a whole number of steps, never a step half applied.
     */
    @Test
    void predictDuringFitSeesTheWeightsOfAWholeStep() throws Exception {
        try (var model = TinyClassifierModel.create()) {
            List<float[][]> afterEachStep = new ArrayList<>();
            afterEachStep.add(model.predict(DATA));
            Callback recorder = new Callback() {
                @Override
                public void onBatchEnd(SequentialModel m, int epoch, int batch, double batchLoss, double runningLoss) {
                    afterEachStep.add(m.predict(DATA));
                }
            };
            AtomicBoolean training = new AtomicBoolean(true);
            Future<List<float[][]>> meanwhile = other.submit(() -> {
                List<float[][]> predictions = new ArrayList<>();
                while (training.get()) {
                    predictions.add(model.predict(DATA));
                }
                return predictions;
            });
            model.fit(DATA, Fit.epochs(20).batchSize(8).verbose(false).callbacks(recorder));
            training.set(false);
            List<float[][]> concurrent = meanwhile.get(30, TimeUnit.SECONDS);

            assertTrue(concurrent.size() > 1, "predictions made during the fit: " + concurrent.size());
            for (float[][] prediction : concurrent) {
                assertTrue(afterEachStep.stream().anyMatch(step -> java.util.Arrays.deepEquals(step, prediction)),
                        "a prediction made during fit matches the model after no whole step");
            }
        }
    }
}
