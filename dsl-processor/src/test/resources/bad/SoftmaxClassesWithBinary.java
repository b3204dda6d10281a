package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface SoftmaxClassesWithBinary {
    @Dense(units = 30, act = RELU, init = HE) Layer hidden();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
