package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.summary.ModelSummary;
import org.junit.jupiter.api.Test;

/** The samples' models summarized as Keras summarizes the chapter's models (the figures are the book's). */
class ModelSummaryTest {

    /** 784·300 + 300 = 235,500; 300·100 + 100 = 30,100; 100·10 + 10 = 1,010. */
    @Test
    void theFashionClassifierHas266610TrainableParameters() {
        try (var model = FashionClassifierModel.create()) {
            ModelSummary summary = model.summary();
            assertEquals(266_610, summary.totalParameters());
            assertEquals(266_610, summary.trainableParameters());
            assertEquals(0, summary.nonTrainableParameters());
            String table = summary.toString();
            assertTrue(table.lines().anyMatch(line -> line.replaceAll(" +", " ").equals("hidden1 (Dense) (None, 300) 235,500")),
                    table);
            assertTrue(table.contains("Total params: 266,610"), table);
        }
    }

    /**
     * Batch Normalization on 784, 300 and 100 features adds 4 values per feature, of which the
     * moving mean and variance (2,368 in all) are not trainable.
     */
    @Test
    void theBatchNormalizationModelHasTheBooksCounts() {
        try (var model = FashionBatchNormModel.create()) {
            ModelSummary summary = model.summary();
            assertEquals(271_346, summary.totalParameters());
            assertEquals(268_978, summary.trainableParameters());
            assertEquals(2_368, summary.nonTrainableParameters());
            assertEquals(3_136, summary.rows().get(1).parameters());
        }
    }
}
