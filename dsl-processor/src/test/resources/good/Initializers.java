package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Distribution.UNIFORM;
import static dev.lamina.dsl.FanMode.FAN_AVG;
import static dev.lamina.dsl.Init.HE_NORMAL;
import static dev.lamina.dsl.Init.LECUN_NORMAL;
import static dev.lamina.dsl.Init.ONES;
import static dev.lamina.dsl.Init.ORTHOGONAL;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
import static dev.lamina.dsl.WeightTarget.BIAS;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.L1;
import dev.lamina.dsl.L1L2;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.NonNeg;
import dev.lamina.dsl.UnitNorm;
import dev.lamina.dsl.VarianceScaling;
import dev.lamina.runtime.layer.Layer;

/** Geron's initialization cell, plus a bias initializer, an orthogonal kernel and every kind of weight annotation. */
// The cell's layers are alternatives, stacked here to generate each one: not a self-normalizing net.
@SuppressWarnings({"lamina:selu-mixed-activations", "lamina:selu-without-standardization",
        "lamina:selu-with-regularization"})
@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface Initializers {
    @Dense(units = 10, act = RELU, init = HE_NORMAL)                    Layer heLayer();
    @Dense(units = 10, act = SIGMOID)
    @VarianceScaling(scale = 2.0, mode = FAN_AVG, distribution = UNIFORM) Layer heAvgLayer();
    @Dense(units = 10, act = SELU, init = LECUN_NORMAL)                 Layer lecunLayer();
    @Dense(units = 10, act = RELU, init = ORTHOGONAL, biasInit = ONES)
    @L1L2(l1 = 0.001, l2 = 0.01) @L1(value = 0.1, on = BIAS)
    @UnitNorm @NonNeg(on = BIAS)                                        Layer orthogonal();
    @Dense(units = 3, act = SOFTMAX)                                    Layer output();
}
