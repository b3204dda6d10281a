package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.runtime.layer.Layer;

/** Layers that the Reusing* models share, each in its own file so that tests can hand them over in any order. */
interface ReusedBody {
    @Flatten                                         Layer flatten();
    @Dense(units = 300, act = RELU, init = HE_NORMAL) Layer hidden1();
    @BatchNorm                                       Layer bn1();
    @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden2();
}
