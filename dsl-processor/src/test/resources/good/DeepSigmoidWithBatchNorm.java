package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

/** DeepSigmoid with Batch Normalization: the chapter's remedy. */
@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface DeepSigmoidWithBatchNorm {
    @Dense(units = 32, act = SIGMOID) Layer hidden1();
    @BatchNorm                        Layer bn1();
    @Dense(units = 32, act = TANH)    Layer hidden2();
    @BatchNorm                        Layer bn2();
    @Dense(units = 32, act = SIGMOID) Layer hidden3();
    @BatchNorm                        Layer bn3();
    @Dense(units = 32, act = SIGMOID) Layer hidden4();
    @BatchNorm                        Layer bn4();
    @Dense(units = 1, act = SIGMOID)  Layer output();
}
