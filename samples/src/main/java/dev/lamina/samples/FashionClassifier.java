package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.HE;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.runtime.layer.Layer;

/**
 * The chapter's Fashion-MNIST classifier: two hidden layers of 300 and 100 ELU units with He
 * initialization, a 10-way softmax, trained with Adam. The processor generates
 * {@code FashionClassifierModel} from this interface.
 */
@Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
@Optimizer(OptimizerKind.ADAM)
public interface FashionClassifier {
    @Flatten                                  Layer flatten();
    @Dense(units = 300, init = HE, act = ELU) Layer hidden1();
    @Dense(units = 100, init = HE, act = ELU) Layer hidden2();
    @Dense(units = 10, act = SOFTMAX)         Layer output();
}
