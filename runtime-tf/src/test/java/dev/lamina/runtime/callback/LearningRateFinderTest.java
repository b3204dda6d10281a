package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.plot.LearningRateCurve;
import dev.lamina.runtime.train.Blobs;
import dev.lamina.runtime.train.Fit;
import dev.lamina.runtime.train.TinyClassifierModel;
import dev.lamina.runtime.train.WeightSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningRateFinderTest {

    /**
     * The tiny classifier trains well with Adam at 0.01 (SequentialModelTest): the sweep's
     * suggestion must land within a factor of 10 of that, and the model must come back unchanged.
     */
    @Test
    void suggestsAGoodRateAndLeavesTheModelExactlyAsItWas(@TempDir Path dir) throws Exception {
        Dataset data = Blobs.of(3_000, 41);
        try (var model = TinyClassifierModel.create()) {
            model.fit(data.take(300), Fit.epochs(1).verbose(false));
            WeightSnapshot before = model.weights();
            long stepsBefore = model.iterations();

            LearningRateFinder.Result result = LearningRateFinder.find(model, data);
            LearningRateCurve.write(result, dir);

            assertEquals(result.suggestion(LearningRateFinder.DEFAULT_RULE), result.suggestedRate());
            assertEquals(result.bestRate() / 10, result.suggestion(SuggestionRule.MINIMUM_OVER_TEN), 1e-15);
            assertEquals(result.rates().length, result.smoothedLosses().length);
            // The rate grows by a constant factor per step, from the minimum.
            assertEquals(LearningRateFinder.DEFAULT_MIN_RATE, result.rates()[0], 1e-15);
            double factor = result.rates()[1] / result.rates()[0];
            assertEquals(Math.pow(LearningRateFinder.DEFAULT_MAX_RATE / LearningRateFinder.DEFAULT_MIN_RATE, 1.0 / 94),
                    factor, 1e-9);
            for (String path : before.paths()) {
                assertArrayEquals(before.get(path), model.weights().get(path), path);
            }
            assertEquals(stepsBefore, model.iterations());
            assertTrue(Files.size(dir.resolve("lr_finder.png")) > 0);
            var rows = Files.readAllLines(dir.resolve("lr_finder.csv"));
            assertEquals("rate,loss,smoothed_loss", rows.get(0));
            assertEquals(result.rates().length + 1, rows.size());
            String[] first = rows.get(1).split(",");
            assertEquals(result.rates()[0], Double.parseDouble(first[0]));
            assertEquals(result.smoothedLosses()[0], Double.parseDouble(first[2]));
        }
    }

    /** The suggestion is a rate the model trains well at: a fresh model, one epoch at that constant rate. */
    @Test
    void theModelTrainsWellAtTheSuggestedRate() {
        Dataset data = Blobs.of(3_000, 41);
        double suggested;
        try (var model = TinyClassifierModel.create()) {
            suggested = LearningRateFinder.find(model, data).suggestedRate();
        }
        try (var model = TinyClassifierModel.create()) {
            double accuracy = model.fit(data, Fit.epochs(1).verbose(false).learningRate(suggested)).last("accuracy");
            assertTrue(accuracy > 0.9, "accuracy " + accuracy + " at the suggested rate " + suggested);
        }
    }
}
