package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.Target.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

/** Eight features in, ten real values out: a multi-output regression. */
@Model(input = {8}, loss = MEAN_SQUARED_ERROR)
public interface MultiOutputRegression {
    @Dense(units = 30, act = RELU, init = HE) Layer hidden();
    @Dense(units = 10)                        Layer output();
}
