package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.L2;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.Repeat;
import dev.lamina.runtime.layer.Layer;
import java.util.List;

/**
 * Deep stacks declared once: a repeated Dense with a typed list, a repeated method whose name ends
 * in a digit, a repeated Dropout, and a single repetition.
 */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
@Optimizer(value = SGD, learningRate = 0.01, momentum = 0.9)
public interface RepeatedStack {
    @Flatten                                                       Layer flatten();
    @Repeat(3) @Dense(units = 64, act = RELU, init = HE_NORMAL) @L2(0.001)
    List<dev.lamina.runtime.layer.Dense> hidden();
    @Repeat(2) @Dropout(0.1)                                       List<Layer> drop();
    @Repeat(2) @Dense(units = 32, act = ELU, init = HE_NORMAL)     List<? extends Layer> block1();
    @Repeat(1) @Dense(units = 16, act = ELU, init = HE_NORMAL)     List<Layer> last();
    @Dense(units = 10, act = SOFTMAX)                              Layer output();
}
