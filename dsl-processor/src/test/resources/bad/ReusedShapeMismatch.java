package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

interface Body {
    @Flatten                                         Layer flatten();
    @Dense(units = 300, act = RELU, init = HE_NORMAL) Layer hidden1();
    @BatchNorm                                       Layer bn1();
    @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden2();
}

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
interface SmallImages extends Body {
    @Dense(units = 10, act = SOFTMAX) Layer output();
}

@Model(input = {32, 32}, loss = BINARY_CROSSENTROPY)
interface LargeImages extends Body {
    @Dense(units = 1, act = SIGMOID) Layer output();
}
