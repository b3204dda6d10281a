package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Preset.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.L2;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** SeluBroken with the preset: every warning is an error, and suppressing it does nothing. */
@SuppressWarnings("lamina:selu-with-batchnorm")
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, preset = SELF_NORMALIZING)
public interface SeluBrokenPreset {
    @Flatten                                              Layer flatten();
    @Dense(units = 300)                                   Layer hidden1();
    @BatchNorm                                            Layer bn1();
    @Dense(units = 100) @L2(0.01)                         Layer hidden2();
    @Dropout(0.2)                                         Layer drop2();
    @Dense(units = 50, act = ELU, init = HE_NORMAL)       Layer hidden3();
    @Dense(units = 10, act = SOFTMAX)                     Layer output();
}
