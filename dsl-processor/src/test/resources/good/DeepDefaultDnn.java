package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.OptimizerKind.*;
import static dev.lamina.dsl.Preset.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.EarlyStopping;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** DefaultDnnWithoutAdvice with the advice taken: Batch Normalization, early stopping, momentum. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, preset = DEFAULT_DNN)
@Optimizer(value = SGD, learningRate = 0.01, momentum = 0.9, nesterov = true)
@EarlyStopping(patience = 10, restoreBest = true)
public interface DeepDefaultDnn {
    @Flatten                          Layer flatten();
    @Dense(units = 100)               Layer hidden1();
    @BatchNorm                        Layer bn1();
    @Dense(units = 100)               Layer hidden2();
    @BatchNorm                        Layer bn2();
    @Dense(units = 100)               Layer hidden3();
    @BatchNorm                        Layer bn3();
    @Dense(units = 100)               Layer hidden4();
    @BatchNorm                        Layer bn4();
    @Dense(units = 100)               Layer hidden5();
    @BatchNorm                        Layer bn5();
    @Dense(units = 100)               Layer hidden6();
    @BatchNorm                        Layer bn6();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
