package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** The chapter's first Batch Normalization cell: BN after each activation, the Dense layers keeping their bias. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
@Optimizer(value = SGD, learningRate = 0.01, clipValue = 1.0)
public interface BatchNormAfterActivation {
    @Flatten                                  Layer flatten();
    @BatchNorm                                Layer bn0();
    @Dense(units = 300, act = ELU, init = HE) Layer hidden1();
    @BatchNorm                                Layer bn1();
    @Dense(units = 100, act = ELU, init = HE) Layer hidden2();
    @BatchNorm                                Layer bn2();
    @Dense(units = 10, act = SOFTMAX)         Layer output();
}
