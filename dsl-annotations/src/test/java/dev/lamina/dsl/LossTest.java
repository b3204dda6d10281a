package dev.lamina.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {

    @Test
    void theCrossEntropiesScoreClassesAndMeanSquaredErrorIsARegression() {
        assertFalse(Loss.SPARSE_CATEGORICAL_CROSSENTROPY.isRegression());
        assertFalse(Loss.BINARY_CROSSENTROPY.isRegression());
        assertTrue(Loss.MEAN_SQUARED_ERROR.isRegression());
    }
}
