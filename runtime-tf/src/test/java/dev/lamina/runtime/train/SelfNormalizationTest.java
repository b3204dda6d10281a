package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Activation;
import dev.lamina.dsl.Distribution;
import dev.lamina.dsl.FanMode;
import dev.lamina.dsl.Init;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.init.VarianceScaling;
import dev.lamina.runtime.layer.Dense;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.optim.Sgd;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chapter's self-normalization claim (Klambauer et al., 2017): through 100 SELU layers with
 * LeCun normal initialization, standardized inputs keep a mean near 0 and a standard deviation
 * near 1; the same depth with sigmoid and N(0, 1) weights does not.
 */
class SelfNormalizationTest {
    private static final int DEPTH = 100;
    private static final int WIDTH = 100;

    /** 1,000 standardized examples: N(0, 1) features. */
    private static Dataset standardized() {
        Random random = new Random(3);
        float[] x = new float[1000 * WIDTH];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return Dataset.of(x, new long[] {WIDTH}, new int[1000]);
    }

    private static LayerHealth lastHidden(Activation activation, boolean normalWeights) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 1; i <= DEPTH; i++) {
            Dense dense = new Dense("hidden" + i, WIDTH, WIDTH, activation, Init.LECUN_NORMAL, true);
            // N(0, 1): an untruncated normal with scale = fan_in has standard deviation 1.
            layers.add(normalWeights
                    ? dense.withKernelInitializer(new VarianceScaling(WIDTH, FanMode.FAN_IN, Distribution.UNTRUNCATED_NORMAL))
                    : dense);
        }
        layers.add(new Dense("output", WIDTH, 10, Activation.SOFTMAX, Init.GLOROT_UNIFORM, true));
        ModelConfig config = new ModelConfig("Deep", new long[] {WIDTH}, Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                List.of(Metric.ACCURACY), 42L);
        try (var model = StackModel.create(config, () -> new Sgd(0.001, 0, false), layers.toArray(Layer[]::new))) {
            return model.gradientHealth(standardized()).layer("hidden" + DEPTH);
        }
    }

    @Test
    void seluWithLecunNormalStaysNormalized() {
        LayerHealth last = lastHidden(Activation.SELU, false);
        assertEquals(0, last.activationMean(), 0.15, "mean after " + DEPTH + " layers");
        assertTrue(last.activationStd() >= 0.75 && last.activationStd() <= 1.25, "std " + last.activationStd());
    }

    @Test
    void sigmoidWithStandardNormalWeightsDoesNot() {
        LayerHealth last = lastHidden(Activation.SIGMOID, true);
        boolean normalized = Math.abs(last.activationMean()) <= 0.15
                && last.activationStd() >= 0.75 && last.activationStd() <= 1.25;
        assertFalse(normalized, "mean " + last.activationMean() + ", std " + last.activationStd());
        // With N(0, 1) weights over 100 inputs in (0, 1), a pre-activation has a standard deviation of
        // about sqrt(100 · E[h²]) ≈ 5.8, so P(|z| > 4.6, where σ' < 0.01) ≈ 0.43: many units saturate.
        assertTrue(last.saturatedFraction() > 0.3, "saturated " + last.saturatedFraction());
    }
}
