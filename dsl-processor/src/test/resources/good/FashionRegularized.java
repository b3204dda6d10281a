package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.GLOROT_UNIFORM;
import static dev.lamina.dsl.Init.HE_NORMAL;
import static dev.lamina.dsl.Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
import static dev.lamina.dsl.Metric.ACCURACY;
import static dev.lamina.dsl.OptimizerKind.NADAM;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.DenseDefaults;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.L2;
import dev.lamina.dsl.MaxNorm;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** Geron's regularization cell: partial(Dense, ...) with L2, dropout, and max-norm on the output. */
@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
@Optimizer(NADAM)
@DenseDefaults(act = ELU, init = HE_NORMAL, l2 = 0.01)
public interface FashionRegularized {
    @Flatten                                                  Layer flatten();
    @Dropout(0.2)                                             Layer drop0();
    @Dense(units = 300)                                       Layer hidden1();
    @Dropout(0.2)                                             Layer drop1();
    @Dense(units = 100)                                       Layer hidden2();
    @Dropout(0.2)                                             dev.lamina.runtime.layer.Dropout drop2();
    @Dense(units = 10, act = SOFTMAX, init = GLOROT_UNIFORM)
    @L2(0) @MaxNorm(1.0)                                      Layer output();
}
