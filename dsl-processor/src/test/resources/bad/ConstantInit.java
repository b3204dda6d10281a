package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface ConstantInit {
    @Standardize Layer standardize();
    @Dense(units = 30, act = SELU,
           init = ZEROS)
    Layer hidden1();
    @Dense(units = 30, act = SELU, init = ONES) Layer hidden2();
    @Dense(units = 1, act = SELU, init = ZEROS) Layer bottleneck();
    @Dense(units = 3, act = SOFTMAX, init = ZEROS) Layer output();
}
