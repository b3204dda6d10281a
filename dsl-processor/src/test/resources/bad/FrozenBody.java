package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Frozen;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Frozen
interface FrozenBody {
    @Flatten                                  Layer flatten();
    @Dense(units = 16, act = RELU, init = HE) Layer hidden();
}

@Model(input = {4, 4}, loss = BINARY_CROSSENTROPY)
interface OnFrozenBody extends FrozenBody {
    @Dense(units = 1, act = SIGMOID) Layer output();
}
