package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.Target.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = MEAN_SQUARED_ERROR,
       metrics = ACCURACY)
public interface RegressionAccuracy {
    @Dense(units = 30, act = RELU, init = HE) Layer hidden();
    @Dense(units = 1)                         Layer output();
}
