package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** AdagradDeep with two hidden layers: shallow enough for AdaGrad. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
@Optimizer(value = ADAGRAD, learningRate = 0.001)
public interface AdagradShallow {
    @Flatten                                         Layer flatten();
    @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden1();
    @Dense(units = 100, act = RELU, init = HE_NORMAL) Layer hidden2();
    @Dense(units = 10, act = SOFTMAX)                Layer output();
}
