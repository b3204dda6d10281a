package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.Target.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = MEAN_SQUARED_ERROR, metrics = ACCURACY)
@Schedule(value = PLATEAU, monitor = "val_accuracy")
@EarlyStopping(monitor = "accuracy", patience = 5)
public interface RegressionMonitorsAccuracy {
    @Dense(units = 30, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1)                         Layer output();
}
