package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Flatten;
import dev.lamina.dsl.Frozen;
import dev.lamina.dsl.Model;
import dev.lamina.dsl.Repeat;
import dev.lamina.runtime.layer.Layer;
import java.util.List;

/** Transfer learning over a repeated stack: each repetition is reused, and frozen, as a layer. */
public final class RepeatedTransfer {
    private RepeatedTransfer() {}

    /** The layers both models share. */
    interface Body {
        @Flatten                                                    Layer flatten();
        @Repeat(3) @Dense(units = 32, act = RELU, init = HE_NORMAL) List<Layer> hidden();
    }

    /** Trained first, on eight classes. */
    @Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY, metrics = ACCURACY)
    interface SourceTask extends Body {
        @Dense(units = 8, act = SOFTMAX) Layer output();
    }

    /** Reuses the body, frozen. */
    @Model(input = {28, 28}, loss = BINARY_CROSSENTROPY, metrics = ACCURACY)
    @Frozen
    interface TargetTask extends Body {
        @Dense(units = 1, act = SIGMOID) Layer output();
    }

    /** A model of its own, with a repeated layer frozen from the start. */
    @Model(input = {8}, loss = BINARY_CROSSENTROPY)
    interface FrozenStack {
        @Frozen @Repeat(2) @Dense(units = 16, act = RELU, init = HE) List<Layer> hidden();
        @Dense(units = 1, act = SIGMOID)                             Layer output();
    }
}
