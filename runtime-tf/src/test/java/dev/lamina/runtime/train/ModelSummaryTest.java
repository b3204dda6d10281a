package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Init;
import dev.lamina.runtime.layer.BatchNorm;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Flatten;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.summary.LayerRow;
import dev.lamina.runtime.summary.ModelSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSummaryTest {

    /** 2 × 2 → flatten 4 → Dense 16 (4·16 + 16 = 80) → Dense 3 (16·3 + 3 = 51). */
    @Test
    void countsEachLayersParametersAndShape() {
        try (var model = TinyClassifierModel.create()) {
            ModelSummary summary = model.summary();
            assertEquals(List.of(new LayerRow("flatten", "Flatten", new long[] {4}, 0, 0),
                    new LayerRow("hidden", "Dense", new long[] {16}, 80, 0),
                    new LayerRow("output", "Dense", new long[] {3}, 51, 0)), summary.rows());
            assertArrayEquals(new long[] {2, 2}, summary.inputShape());
            assertEquals(131, summary.totalParameters());
            assertEquals(0, summary.nonTrainableParameters());
        }
    }

    /** Batch Normalization's γ and β train, its moving mean and variance do not (Keras counts the same). */
    @Test
    void movingStatisticsAreNotTrainable() {
        try (var model = StackModel.create(TinyClassifierModel.CONFIG, () -> new Adam(0.01, 0.9, 0.999, 1e-7, false),
                new Flatten("flatten", 4),
                new BatchNorm("bn", 4, 0.99, 1e-3, true, true),
                new Dense("output", 4, 3, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true))) {
            LayerRow bn = model.summary().rows().get(1);
            assertEquals(8, bn.trainableParameters());
            assertEquals(8, bn.nonTrainableParameters());
            assertEquals(16 + 15, model.summary().totalParameters());
        }
    }

    /** A frozen layer's weights count as non-trainable, as Keras counts a layer with {@code trainable = False}. */
    @Test
    void aFrozenLayerIsNotTrainable() {
        try (var model = TinyClassifierModel.create()) {
            model.hidden().freeze();
            assertEquals(80, model.summary().nonTrainableParameters());
            assertEquals(51, model.summary().trainableParameters());
            model.unfreezeAll();
            assertEquals(131, model.summary().trainableParameters());
        }
    }
}
