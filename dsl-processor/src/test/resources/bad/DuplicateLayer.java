package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** Shares a hidden layer. */
interface Base {
    @Dense(units = 32, act = RELU, init = HE) Layer hidden();
}

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface DuplicateLayer extends Base {
    @Dense(units = 64, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1, act = SIGMOID)          Layer output();
}
