package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Distribution.UNTRUNCATED_NORMAL;
import static dev.lamina.dsl.FanMode.FAN_IN;
import static dev.lamina.dsl.Init.HE_NORMAL;
import static dev.lamina.dsl.Init.LECUN_NORMAL;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Repeat;
import dev.lamina.dsl.Standardize;
import dev.lamina.dsl.VarianceScaling;
import dev.lamina.runtime.layer.Layer;
import java.util.List;

/**
 * Three 20-hidden-layer nets for the gradient-health sample: the same depth and width with the
 * chapter's three configurations. The sigmoid net draws its weights from N(0, 1), the setting
 * Glorot and Bengio found to make gradients vanish: {@code VarianceScaling} with an untruncated
 * normal and {@code scale = fan_in} has standard deviation {@code sqrt(scale / fan_in) = 1}.
 */
final class GradientHealthNets {
    private GradientHealthNets() {}

    /**
     * Sigmoid activations, N(0, 1) weights: the deliberate bad configuration, so its warning is
     * silenced. Written out rather than repeated: {@code hidden1} differs from the rest (its scale is
     * its fan-in, 784), and a repeated {@code hidden()} after it would number its layers from 1
     * again; other names would give other initial weights, which are seeded from each path.
     */
    @SuppressWarnings("lamina:saturating-deep-stack")
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    interface SigmoidNormalNet {
        @Flatten Layer flatten();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 784, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden1();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden2();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden3();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden4();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden5();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden6();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden7();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden8();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden9();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden10();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden11();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden12();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden13();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden14();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden15();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden16();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden17();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden18();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden19();
        @Dense(units = 100, act = SIGMOID) @VarianceScaling(scale = 100, mode = FAN_IN, distribution = UNTRUNCATED_NORMAL) Layer hidden20();
        @Dense(units = 10, act = SOFTMAX) Layer output();
    }

    /** ELU activations, He initialization. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    interface HeEluNet {
        @Flatten Layer flatten();
        @Repeat(20) @Dense(units = 100, act = ELU, init = HE_NORMAL) List<Layer> hidden();
        @Dense(units = 10, act = SOFTMAX) Layer output();
    }

    /** SELU activations, LeCun initialization, standardized inputs. */
    @Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
    interface SeluLecunNet {
        @Standardize Layer standardize();
        @Flatten Layer flatten();
        @Repeat(20) @Dense(units = 100, act = SELU, init = LECUN_NORMAL) List<Layer> hidden();
        @Dense(units = 10, act = SOFTMAX) Layer output();
    }
}
