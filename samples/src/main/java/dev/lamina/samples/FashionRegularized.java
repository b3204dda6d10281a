package dev.lamina.samples;

import static dev.lamina.dsl.Activation.ELU;
import static dev.lamina.dsl.Activation.SOFTMAX;
import static dev.lamina.dsl.Init.GLOROT_UNIFORM;
import static dev.lamina.dsl.Init.HE_NORMAL;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.DenseDefaults;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.L2;
import dev.lamina.dsl.Loss;
import dev.lamina.dsl.MaxNorm;
import dev.lamina.dsl.Metric;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.dsl.OptimizerKind;
import dev.lamina.runtime.layer.Layer;

/**
 * The chapter's regularization cell: ELU + He layers with an L2 penalty of 0.01 on every kernel
 * (Géron's {@code partial(Dense, ...)}), dropout 0.2 before each Dense, and a max-norm constraint of
 * 1.0 on the output layer (which opts out of the L2 penalty).
 */
@Model(input = {28, 28}, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, metrics = Metric.ACCURACY)
@Optimizer(OptimizerKind.NADAM)
@DenseDefaults(act = ELU, init = HE_NORMAL, l2 = 0.01)
public interface FashionRegularized {
    @Flatten                                                  Layer flatten();
    @Dropout(0.2)                                             Layer drop0();
    @Dense(units = 300)                                       Layer hidden1();
    @Dropout(0.2)                                             Layer drop1();
    @Dense(units = 100)                                       Layer hidden2();
    @Dropout(0.2)                                             Layer drop2();
    @Dense(units = 10, act = SOFTMAX, init = GLOROT_UNIFORM) @L2(0) @MaxNorm(1.0) Layer output();
}
