package dev.lamina.runtime.init;

import dev.lamina.dsl.Distribution;
import dev.lamina.dsl.FanMode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Init;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Sample statistics against Keras's formulas. With n = 200 × 300 = 60,000 samples the sample
 * standard deviation has a relative standard error of about 1/sqrt(2n) ≈ 0.3%; the tolerances
 * (3%) are ten standard errors wide, so a correct initializer never fails and a wrong constant
 * (a missing truncation correction is 12%, He vs Glorot is 40%) always does.
 */
class VarianceScalingTest {
    private static final Shape KERNEL = Shape.of(200, 300);
    private static final long[] SEED = {42, 7};

    @Test
    void heNormalHasVarianceTwoOverFanIn() {
        float[] w = sample(Initializer.of(Init.HE_NORMAL), KERNEL, SEED);
        assertEquals(Math.sqrt(2.0 / 200), std(w), 0.03 * Math.sqrt(2.0 / 200));
        assertEquals(0, mean(w), 0.01 * Math.sqrt(2.0 / 200) * 10);
        // Truncated at two standard deviations of the underlying normal.
        double bound = 2 * Math.sqrt(2.0 / 200) / VarianceScaling.TRUNCATED_STDDEV_CORRECTION;
        assertTrue(max(w) <= bound + 1e-6, "max |w| " + max(w) + " beyond " + bound);
    }

    @Test
    void glorotUniformIsSymmetricWithinItsLimit() {
        double limit = Math.sqrt(6.0 / (200 + 300));
        float[] w = sample(Initializer.of(Init.GLOROT_UNIFORM), KERNEL, SEED);
        assertTrue(max(w) <= limit, "max |w| " + max(w) + " beyond " + limit);
        // Uniform on [−limit, limit): variance limit²/3; about half of the samples negative.
        assertEquals(limit / Math.sqrt(3), std(w), 0.03 * limit / Math.sqrt(3));
        long negative = countNegative(w);
        assertEquals(0.5, negative / (double) w.length, 0.01);
    }

    @Test
    void lecunNormalAndHeUniformAndGlorotNormal() {
        assertEquals(Math.sqrt(1.0 / 200), std(sample(Initializer.of(Init.LECUN), KERNEL, SEED)), 0.03 * Math.sqrt(1.0 / 200));
        assertEquals(Math.sqrt(2.0 / 200), std(sample(Initializer.of(Init.HE_UNIFORM), KERNEL, SEED)), 0.03 * Math.sqrt(2.0 / 200));
        assertEquals(Math.sqrt(1.0 / 250), std(sample(Initializer.of(Init.GLOROT_NORMAL), KERNEL, SEED)), 0.03 * Math.sqrt(1.0 / 250));
        assertEquals(Math.sqrt(1.0 / 200), std(sample(Initializer.of(Init.LECUN_UNIFORM), KERNEL, SEED)), 0.03 * Math.sqrt(1.0 / 200));
    }

    /** Géron's VarianceScaling(scale=2., mode="fan_avg", distribution="uniform"). */
    @Test
    void fanAverageUniform() {
        var init = new VarianceScaling(2, FanMode.FAN_AVG, Distribution.UNIFORM);
        assertEquals(Math.sqrt(2.0 / 250), std(sample(init, KERNEL, SEED)), 0.03 * Math.sqrt(2.0 / 250));
    }

    /**
     * VS(2, fan_out, truncated_normal) on (200, 300): variance 2 / fan_out = 2/300 (fan_in would
     * give 2/200, 22% off in std, beyond the tolerance).
     */
    @Test
    void fanOutDividesByTheOutputCount() {
        var init = new VarianceScaling(2, FanMode.FAN_OUT, Distribution.TRUNCATED_NORMAL);
        assertStd(Math.sqrt(2.0 / 300), sample(init, KERNEL, SEED));
    }

    /**
     * VS(1, fan_in, untruncated_normal): std sqrt(1/200) with no correction, and, unlike the
     * truncated variants, values beyond the truncated cut of 2 / 0.8796 ≈ 2.27 standard
     * deviations: a normal puts 2.3% of its mass there (about 1,380 of 60,000 samples, binomial
     * standard deviation 37), a truncated one none.
     */
    @Test
    void untruncatedNormalHasPlainStdAndTails() {
        var init = new VarianceScaling(1, FanMode.FAN_IN, Distribution.UNTRUNCATED_NORMAL);
        double std = Math.sqrt(1.0 / 200);
        float[] w = sample(init, KERNEL, SEED);
        assertStd(std, w);
        double cut = 2 * std / VarianceScaling.TRUNCATED_STDDEV_CORRECTION;
        long beyond = 0;
        for (float v : w) {
            beyond += Math.abs(v) > cut ? 1 : 0;
        }
        assertTrue(beyond > 1000 && beyond < 1800, beyond + " samples beyond " + cut);
        float[] truncated = sample(new VarianceScaling(1, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL), KERNEL, SEED);
        assertStd(std, truncated);
        assertTrue(max(truncated) <= cut + 1e-6, "truncated max " + max(truncated) + " beyond " + cut);
    }

    /** VS(3, fan_out, uniform) on (200, 300): limit sqrt(3 · 3 / 300), std limit / √3 = sqrt(3/300). */
    @Test
    void fanOutUniform() {
        var init = new VarianceScaling(3, FanMode.FAN_OUT, Distribution.UNIFORM);
        float[] w = sample(init, KERNEL, SEED);
        assertTrue(max(w) <= Math.sqrt(9.0 / 300), "max |w| " + max(w));
        assertStd(Math.sqrt(3.0 / 300), w);
    }

    /**
     * The sample standard deviation of n normal values has relative standard error about
     * 1/sqrt(2n) (0.29% for n = 60,000); uniform and truncated normal samples have lighter tails,
     * hence smaller errors. Six standard errors (1.7%) never fail a correct initializer and catch
     * a wrong fan (≥ 18%) or a missing truncation correction (12%).
     */
    private static void assertStd(double expected, float[] w) {
        assertEquals(expected, std(w), 6 * expected / Math.sqrt(2.0 * w.length));
    }

    @Test
    void sameSeedSameValuesOtherSeedOtherValues() {
        Initializer he = Initializer.of(Init.HE_NORMAL);
        assertArrayEquals(sample(he, KERNEL, SEED), sample(he, KERNEL, SEED));
        assertFalse(Arrays.equals(sample(he, KERNEL, SEED), sample(he, KERNEL, new long[] {42, 8})));
    }

    @Test
    void zerosAndOnes() {
        assertArrayEquals(new float[6], sample(Initializer.of(Init.ZEROS), Shape.of(2, 3), SEED));
        float[] ones = new float[6];
        Arrays.fill(ones, 1f);
        assertArrayEquals(ones, sample(Initializer.of(Init.ONES), Shape.of(2, 3), SEED));
    }

    static float[] sample(Initializer init, Shape shape, long[] seed) {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            var value = init.create(tf, shape, seed);
            try (Result result = session.runner().fetch(value).run()) {
                float[] values = new float[Math.toIntExact(shape.size())];
                ((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
                return values;
            }
        }
    }

    private static double mean(float[] w) {
        double sum = 0;
        for (float v : w) {
            sum += v;
        }
        return sum / w.length;
    }

    private static double std(float[] w) {
        double mean = mean(w);
        double sum = 0;
        for (float v : w) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / w.length);
    }

    private static double max(float[] w) {
        double max = 0;
        for (float v : w) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static long countNegative(float[] w) {
        long count = 0;
        for (float v : w) {
            if (v < 0) {
                count++;
            }
        }
        return count;
    }
}
