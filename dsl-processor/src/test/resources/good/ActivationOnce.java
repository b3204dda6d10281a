package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.LeakyReLU;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** The chapter's LeakyReLU cell: a Dense layer without activation, then the activation layer. */
@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface ActivationOnce {
    @Dense(units = 16, init = HE)    Layer hidden();
    @LeakyReLU(slope = 0.2)          Layer leaky();
    @Dense(units = 1, act = SIGMOID) Layer output();
}
