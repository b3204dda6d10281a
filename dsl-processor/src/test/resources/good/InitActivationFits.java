package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Distribution.*;
import static dev.lamina.dsl.FanMode.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.ActivationLayer;
import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.LeakyReLU;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.VarianceScaling;
import dev.lamina.runtime.layer.Layer;

/** The same stack as InitActivationMismatches, each initializer fitting its activation (the chapter's cells). */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface InitActivationFits {
    @Flatten                                         Layer flatten();
    @Dense(units = 300, act = RELU, init = HE_NORMAL) Layer reluHe();
    @Dense(units = 200, act = TANH)                  Layer tanhGlorot();
    @Dense(units = 100, init = HE, useBias = false)  Layer heThenElu();
    @BatchNorm                                       Layer bn();
    @ActivationLayer(ELU)                            Layer elu();
    @Dense(units = 100)
    @VarianceScaling(scale = 2.0, mode = FAN_IN)     Layer heLike();
    @LeakyReLU(slope = 0.2)                          Layer leaky();
    @Dense(units = 50, act = SIGMOID)
    @VarianceScaling(scale = 2.0, mode = FAN_AVG, distribution = UNIFORM) Layer heAvg();
    @Dense(units = 10, act = SOFTMAX, init = HE)     Layer output();
}
