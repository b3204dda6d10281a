package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface DeepSigmoid {
    @Dense(units = 32, act = SIGMOID) Layer hidden1();
    @Dense(units = 32, act = TANH)    Layer hidden2();
    @Dense(units = 32, act = SIGMOID) Layer hidden3();
    @Dense(units = 32, act = SIGMOID) Layer hidden4();
    @Dense(units = 1, act = SIGMOID)  Layer output();
}
