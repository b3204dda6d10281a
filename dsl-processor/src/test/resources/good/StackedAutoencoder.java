package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.Target.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

/**
 * The stacked autoencoder of unsupervised pretraining: a 30-value code of a 28x28 image, and the
 * image rebuilt from it, 784 sigmoid units (28 x 28, flattened) against the pixels scaled to
 * [0, 1] (binary cross-entropy). As in the chapter's cell, the SELU layers see those pixels
 * without a @Standardize layer, hence the suppressed warning.
 */
@Model(input = {28, 28}, loss = BINARY_CROSSENTROPY, target = INPUT)
@SuppressWarnings("lamina:selu-without-standardization")
public interface StackedAutoencoder {
    @Flatten                                             Layer flatten();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer encoder1();
    @Dense(units = 30, act = SELU, init = LECUN_NORMAL)  Layer code();
    @Dense(units = 100, act = SELU, init = LECUN_NORMAL) Layer decoder1();
    @Dense(units = 784, act = SIGMOID)                   Layer reconstruction();
}
