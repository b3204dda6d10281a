package dev.lamina.runtime.init;

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
