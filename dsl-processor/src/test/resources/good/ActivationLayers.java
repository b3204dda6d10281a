package test;

import static dev.lamina.dsl.Activation.SELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE_NORMAL;
import static dev.lamina.dsl.Init.LECUN_NORMAL;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
import static dev.lamina.dsl.OptimizerKind.ADAMW;
import static dev.lamina.dsl.WeightTarget.ALPHA;

import dev.lamina.dsl.AlphaDropout;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.L2;
import dev.lamina.dsl.LeakyReLU;
import dev.lamina.dsl.MaxNorm;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.PReLU;
import dev.lamina.dsl.RReLU;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;

/** Geron's activation cell: standardized input, a shared PReLU on the image, leaky, parametric and randomized ReLUs. */
// Every activation layer in one stack, to generate each: not a self-normalizing net.
@SuppressWarnings("lamina:selu-mixed-activations")
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
@Optimizer(value = ADAMW, weightDecay = 0.01, amsgrad = true, globalClipNorm = 5.0)
public interface ActivationLayers {
    @Standardize                                        Layer standardize();
    @PReLU(sharedAxes = {1, 2})                         dev.lamina.runtime.layer.PReLU imagePrelu();
    @Flatten                                            Layer flatten();
    @Dense(units = 10, init = HE_NORMAL)                Layer dense1();
    @LeakyReLU(slope = 0.2)                             Layer leaky();
    @Dense(units = 10, init = HE_NORMAL)                Layer dense2();
    @PReLU @L2(value = 0.001, on = ALPHA) @MaxNorm(value = 3.0, on = ALPHA) Layer prelu();
    @Dense(units = 10, init = HE_NORMAL)                Layer dense3();
    @RReLU(lower = 1.0 / 8, upper = 1.0 / 3)            Layer rrelu();
    @Dense(units = 10, act = SELU, init = LECUN_NORMAL) Layer dense4();
    @AlphaDropout(0.1)                                  Layer alphaDropout();
    @Dense(units = 10, act = SOFTMAX)                   Layer output();
}
