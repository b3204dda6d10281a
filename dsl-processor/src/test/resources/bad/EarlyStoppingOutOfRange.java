package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.EarlyStopping;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
@EarlyStopping(patience = -1,
        startFromEpoch = -2,
        minDelta = -0.01)
public interface EarlyStoppingOutOfRange {
    @Dense(units = 16, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1, act = SIGMOID)          Layer output();
}
