package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
import static dev.lamina.dsl.Metric.ACCURACY;
import static dev.lamina.dsl.OptimizerKind.ADAM;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** The Fashion-MNIST classifier of Geron's chapter 10, in Lamina. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
@Optimizer(value = ADAM)
public interface FashionClassifier {
    @Flatten                                  Layer flatten();
    @Dense(units = 300, init = HE, act = ELU) Layer hidden1();
    @Dense(units = 100, init = HE, act = ELU) Layer hidden2();
    @Dense(units = 10, act = SOFTMAX)         Layer output();
}
