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

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface InitActivationMismatches {
    @Flatten                                      Layer flatten();
    @Dense(units = 300, act = RELU)               Layer reluDefault();
    @Dense(units = 200, act = TANH, init = HE)    Layer tanhHe();
    @Dense(units = 100, init = LECUN_NORMAL, useBias = false) Layer lecunThenElu();
    @BatchNorm                                    Layer bn();
    @ActivationLayer(ELU)                         Layer elu();
    @Dense(units = 100)
    @VarianceScaling(scale = 1.0, mode = FAN_IN)  Layer lecunLike();
    @LeakyReLU(slope = 0.2)                       Layer leaky();
    @Dense(units = 10, act = SOFTMAX, init = HE)  Layer output();
}
