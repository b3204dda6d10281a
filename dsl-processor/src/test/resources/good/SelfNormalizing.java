package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.AlphaDropout;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.MaxNorm;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Standardize;
import dev.lamina.runtime.layer.Layer;

/** SeluBroken fixed as the chapter says: standardized input, SELU + LeCun only, AlphaDropout, no BN, no penalty. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface SelfNormalizing {
    @Standardize                                          Layer standardize();
    @Flatten                                              Layer flatten();
    @Dense(units = 300, act = SELU, init = LECUN_NORMAL)  Layer hidden1();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL)  Layer hidden2();
    @AlphaDropout(0.2)                                    Layer drop2();
    @Dense(units = 50, act = SELU, init = LECUN_NORMAL)   Layer hidden3();
    @Dense(units = 10, act = SOFTMAX) @MaxNorm(1.0)       Layer output();
}
