package dev.lamina.runtime.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    /** Keras's layout: columns as wide as their longest cell, counts grouped by thousands, the totals below. */
    @Test
    void printsTheKerasTable() {
        ModelSummary summary = new ModelSummary("Net", new long[] {28, 28}, List.of(
                new LayerRow("flatten", "Flatten", new long[] {784}, 0, 0),
                new LayerRow("bn", "BatchNorm", new long[] {784}, 1568, 1568),
                new LayerRow("output", "Dense", new long[] {10}, 7850, 0)));
        assertEquals("""
                Model: "Net"
                ________________________________________
                Layer (type)       Output Shape  Param #
                ========================================
                flatten (Flatten)  (None, 784)         0
                ________________________________________
                bn (BatchNorm)     (None, 784)     3,136
                ________________________________________
                output (Dense)     (None, 10)      7,850
                ========================================
                Total params: 10,986
                Trainable params: 9,418
                Non-trainable params: 1,568
                ________________________________________
                """, summary.toString());
    }
}
