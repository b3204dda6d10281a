package dev.lamina.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdamHyperparametersTest {
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;
    private static final double EPS = 1e-7;

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, -Double.MIN_VALUE, 1.0, 1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN})
    void rejectsABeta1OutsideZeroToOne(double beta1) {
        assertRejected("Nadam", beta1, B2, EPS);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, -Double.MIN_VALUE, 1.0, 1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN})
    void rejectsABeta2OutsideZeroToOne(double beta2) {
        assertRejected("Adamax", B1, beta2, EPS);
    }

    /** ε must be positive and finite: 0 would divide by zero where v is 0, ∞ would stop training. */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -1e-7, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN})
    void rejectsAnEpsilonThatIsNotPositiveAndFinite(double epsilon) {
        assertRejected("Adam", B1, B2, epsilon);
    }

    /** The edges of the ranges are accepted: β = 0 (no memory), β just below 1, the smallest and largest ε. */
    @Test
    void acceptsTheEdgesOfTheRanges() {
        double belowOne = Math.nextDown(1.0);
        assertAll(
                () -> assertDoesNotThrow(() -> new AdamHyperparameters("Adam", 0.0, 0.0, EPS)),
                () -> assertDoesNotThrow(() -> new AdamHyperparameters("Adam", -0.0, -0.0, EPS)),
                () -> assertDoesNotThrow(() -> new AdamHyperparameters("Adam", belowOne, belowOne, EPS)),
                () -> assertDoesNotThrow(() -> new AdamHyperparameters("Adam", B1, B2, Double.MIN_VALUE)),
                () -> assertDoesNotThrow(() -> new AdamHyperparameters("Adam", B1, B2, Double.MAX_VALUE)));
        var accepted = new AdamHyperparameters("AdamW", 0.5, 0.75, 1e-3);
        assertEquals(List.of(0.5, 0.75, 1e-3), List.of(accepted.beta1(), accepted.beta2(), accepted.epsilon()));
    }

    /** All four optimizers of the family check through the record: the same rule, each message under its own name. */
    @Test
    void everyOptimizerOfTheFamilyChecksThroughTheRecord() {
        Map<String, Function<Double, Optimizer>> withBeta1 = Map.of(
                "Adam", beta1 -> new Adam(0.001, beta1, B2, EPS, false),
                "AdamW", beta1 -> new AdamW(0.001, 0.004, beta1, B2, EPS, true),
                "Nadam", beta1 -> new Nadam(0.001, beta1, B2, EPS),
                "Adamax", beta1 -> new Adamax(0.001, beta1, B2, EPS));
        withBeta1.forEach((name, create) -> {
            var error = assertThrows(IllegalArgumentException.class, () -> create.apply(1.0), name);
            assertEquals(name + ": expected beta1 and beta2 in [0, 1) and a positive epsilon. Received: beta1=1.0,"
                    + " beta2=0.999, epsilon=1.0E-7", error.getMessage());
            assertDoesNotThrow(() -> create.apply(0.0), name);
        });
    }

    /** The message starts with the optimizer's name and shows each attribute with the value received. */
    private static void assertRejected(String optimizer, double beta1, double beta2, double epsilon) {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new AdamHyperparameters(optimizer, beta1, beta2, epsilon));
        assertEquals(optimizer + ": expected beta1 and beta2 in [0, 1) and a positive epsilon. Received: beta1=" + beta1
                + ", beta2=" + beta2 + ", epsilon=" + epsilon, error.getMessage());
    }
}
