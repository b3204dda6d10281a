package test;

import static dev.lamina.dsl.Activation.RELU;
import static dev.lamina.dsl.Activation.SIGMOID;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.BINARY_CROSSENTROPY;
import static dev.lamina.dsl.Metric.ACCURACY;
import static dev.lamina.dsl.OptimizerKind.SGD;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** Eight features in, one probability out; typed handles; SGD with Nesterov momentum. */
@Model(input = {8}, loss = BINARY_CROSSENTROPY, metrics = ACCURACY, seed = 7)
@Optimizer(value = SGD, learningRate = 0.05, momentum = 0.9, nesterov = true)
public interface BinaryClassifier {
    @Dense(units = 16, act = RELU, init = HE, useBias = false) dev.lamina.runtime.layer.Dense hidden();
    @Dense(units = 1, act = SIGMOID)                 Layer output();
}
