package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.OptimizerKind.*;
import static dev.lamina.dsl.Preset.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, preset = DEFAULT_DNN)
@Optimizer(value = SGD, learningRate = 0.01)
public interface DefaultDnnWithoutAdvice {
    @Flatten                          Layer flatten();
    @Dense(units = 100)               Layer hidden1();
    @Dense(units = 100)               Layer hidden2();
    @Dense(units = 100)               Layer hidden3();
    @Dense(units = 100)               Layer hidden4();
    @Dense(units = 100)               Layer hidden5();
    @Dense(units = 100)               Layer hidden6();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
