package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.OptimizerKind.*;

import dev.lamina.dsl.BatchNorm;
import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Frozen;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Optimizer;
import dev.lamina.runtime.layer.Layer;

/** The chapter's transfer learning: two models sharing the layers of one interface. */
public final class Transfer {
    private Transfer() {}

    /** The layers model A and model B share: the chapter's transfer learning. */
    interface FashionBody {
        @Flatten                                         Layer flatten();
        @Dense(units = 100, act = RELU, init = HE_NORMAL) dev.lamina.runtime.layer.Dense hidden1();
        @BatchNorm                                       Layer bn1();
        @Dense(units = 50, act = RELU, init = HE_NORMAL)  dev.lamina.runtime.layer.Dense hidden2();
    }

    /** Model A: eight classes. */
    @Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
    interface ModelA extends FashionBody {
        @Dense(units = 8, act = SOFTMAX) Layer output();
    }

    /** Model B on A: a new binary head, the reused layers frozen until unfreezeAll(). */
    @Model(input = {28, 28}, loss = BINARY_CROSSENTROPY, metrics = ACCURACY)
    @Optimizer(SGD)
    @Frozen
    interface ModelBOnA extends FashionBody {
        @Dense(units = 1, act = SIGMOID) Layer output();
    }

    /** A model of its own, with one layer frozen from the start. */
    @Model(input = {8}, loss = BINARY_CROSSENTROPY)
    interface PartlyFrozen {
        @Frozen @Dense(units = 16, act = RELU, init = HE) Layer hidden();
        @Dense(units = 1, act = SIGMOID)                  Layer output();
    }
}
