package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The finder's smoothing, divergence test and suggestion rules on synthetic loss curves whose
 * answers are known: a sweep of 1,719 steps (one epoch of 55,000 images at batch 32) from 1e-4 to
 * 1, the loss a function of x = log10(rate) times batch noise.
 */
class SweepRecordTest {
    private static final int STEPS = 1_719;

    /** Smoothing: the bias-corrected average of a constant is that constant from the first step. */
    @Test
    void theBiasCorrectedAverageOfAConstantIsTheConstant() {
        SmoothedLoss smoothed = new SmoothedLoss(0.98);
        for (int k = 0; k < 100; k++) {
            assertEquals(2.5, smoothed.add(2.5), 1e-12);
        }
    }

    /** Smoothing against its formula: a_k = β·a_(k−1) + (1 − β)·loss_k, smoothed_k = a_k / (1 − β^k). */
    @Test
    void smoothingFollowsItsFormula() {
        SmoothedLoss smoothed = new SmoothedLoss(0.9);
        assertEquals(1.0, smoothed.add(1.0), 1e-12);
        // a_2 = 0.9·0.1 + 0.1·3 = 0.39; 1 − 0.81 = 0.19
        assertEquals(0.39 / 0.19, smoothed.add(3.0), 1e-12);
    }

    /**
     * A valley: the loss falls as a logistic in log10(rate) centred on 1e-3 (steepest there), is
     * lowest near 3e-2, then rises exponentially. Every batch loss carries log-normal noise
     * (σ = 0.35, batch-32 losses scatter about that much), so the raw loss exceeds 4× its running
     * minimum far below the real divergence (the old rule, judged on raw losses, stopped there).
     * The smoothed sweep runs on to the real divergence (the curve passes 4× its minimum at about
     * 0.43); the steepest descent lands within 2× of 1e-3, and the minimum within 2.5× of 3e-2 (the
     * smoothing lags by about 49 steps, an eighth of a decade, and the noise moves the flat minimum
     * further).
     */
    @Test
    void aNoisyValleyIsReadFromTheSmoothedCurve() {
        DoubleUnaryOperator valley = x -> 0.4 + 1.9 / (1 + Math.exp(4 * (x + 3))) + 0.05 * Math.exp(5 * (x + 1));
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            double[] losses = curve(valley, loss -> loss * Math.exp(0.35 * random.nextGaussian()));
            assertTrue(rate(rawRuleStop(losses)) < 1e-2, "the raw rule stops at " + rate(rawRuleStop(losses)));

            LearningRateFinder.Result result = sweep(losses);
            int stoppedAt = result.rates().length;
            assertTrue(result.rates()[stoppedAt - 1] > 0.2, "stopped at " + result.rates()[stoppedAt - 1]);
            assertTrue(stoppedAt < STEPS, "the rise past 4× the minimum stops the sweep");
            assertWithin(1e-3, result.suggestion(SuggestionRule.STEEPEST_DESCENT), 2);
            assertWithin(3e-2, result.suggestion(SuggestionRule.MINIMUM), 2.5);
            assertEquals(result.suggestion(SuggestionRule.MINIMUM) / 10, result.suggestion(SuggestionRule.MINIMUM_OVER_TEN));
            assertEquals(result.rates()[stoppedAt - 1] / 10, result.suggestion(SuggestionRule.DIVERGENCE_OVER_TEN));
            assertEquals(result.suggestion(LearningRateFinder.DEFAULT_RULE), result.suggestedRate());
        }
    }

    /**
     * Early divergence: the loss falls until 5e-4 (steepest at 2e-4), then explodes past 1.4e-3. The sweep
     * stops soon after the smoothed loss passes 4× its minimum, long before the end of the epoch,
     * and both rules answer below the divergence.
     */
    @Test
    void anEarlyDivergenceStopsTheSweepAndTheSuggestionStaysBelowIt() {
        DoubleUnaryOperator early = x -> 0.5 + 1.8 / (1 + Math.exp(12 * (x + 3.7))) + 0.01 * Math.exp(12 * (x + 3.3));
        Random random = new Random(7);
        LearningRateFinder.Result result = sweep(early, loss -> loss * (1 + 0.1 * random.nextGaussian()));
        double last = result.rates()[result.rates().length - 1];
        assertTrue(last > 1.4e-3 && last < 3e-3, "stopped at " + last);
        double steepest = result.suggestion(SuggestionRule.STEEPEST_DESCENT);
        assertWithin(2e-4, steepest, 1.5);
        assertWithin(5.2e-4, result.suggestion(SuggestionRule.MINIMUM), 2);
        assertTrue(result.suggestion(SuggestionRule.MINIMUM_OVER_TEN) < 1e-4);
        assertEquals(last / 10, result.suggestion(SuggestionRule.DIVERGENCE_OVER_TEN));
    }

    /** A flat curve (noise around a constant loss) never descends: no rule suggests anything, and no divergence. */
    @Test
    void aFlatCurveGivesNoSuggestion() {
        Random random = new Random(3);
        LearningRateFinder.Result result = sweep(x -> 2.3, loss -> loss * (1 + 0.2 * random.nextGaussian()));
        assertEquals(STEPS, result.rates().length);
        assertTrue(Double.isNaN(result.suggestedRate()));
        for (SuggestionRule rule : SuggestionRule.values()) {
            assertTrue(Double.isNaN(result.suggestion(rule)), rule.name());
        }
    }

    /** A batch loss that is not finite ends the sweep and is not recorded. */
    @Test
    void aNonFiniteLossStopsTheSweep() {
        SweepRecord record = new SweepRecord(0.98, 4);
        assertFalse(record.add(1e-4, 2.3));
        assertTrue(record.add(2e-4, Double.NaN));
        assertEquals(1, record.result().rates().length);
    }

    private static LearningRateFinder.Result sweep(DoubleUnaryOperator lossAtLog10Rate, DoubleUnaryOperator noise) {
        return sweep(curve(lossAtLog10Rate, noise));
    }

    /** Feeds the losses to a record with the finder's defaults until it says the sweep diverged. */
    private static LearningRateFinder.Result sweep(double[] losses) {
        SweepRecord record = new SweepRecord(LearningRateFinder.DEFAULT_SMOOTHING, LearningRateFinder.DIVERGENCE_FACTOR);
        for (int k = 0; k < losses.length && !record.add(rate(k), losses[k]); k++) {
            // recorded
        }
        return record.result();
    }

    /** Each step's noisy loss. */
    private static double[] curve(DoubleUnaryOperator lossAtLog10Rate, DoubleUnaryOperator noise) {
        double[] losses = new double[STEPS];
        for (int k = 0; k < STEPS; k++) {
            losses[k] = noise.applyAsDouble(lossAtLog10Rate.applyAsDouble(Math.log10(rate(k))));
        }
        return losses;
    }

    /** The step at which the old rule (raw loss above 4× the raw minimum so far) stopped. */
    private static int rawRuleStop(double[] losses) {
        double lowest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < losses.length; k++) {
            lowest = Math.min(lowest, losses[k]);
            if (losses[k] > 4 * lowest) {
                return k;
            }
        }
        return losses.length - 1;
    }

    private static double rate(int step) {
        return 1e-4 * Math.pow(1e4, (double) step / STEPS);
    }

    private static void assertWithin(double expected, double actual, double factor) {
        assertTrue(actual >= expected / factor && actual <= expected * factor,
                "expected within " + factor + "× of " + expected + ". Received: " + actual);
    }
}
