package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.EarlyStopping;
import dev.lamina.dsl.Model;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)                  // no metrics
@EarlyStopping(monitor = "val_accuracy", patience = 5)
public interface EarlyStoppingUnknownMonitor {
    @Dense(units = 16, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1, act = SIGMOID)          Layer output();
}
