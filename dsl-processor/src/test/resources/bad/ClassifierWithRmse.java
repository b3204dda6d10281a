package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.Target.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = SPARSE_CATEGORICAL_CROSSENTROPY,
       metrics = {ACCURACY, RMSE})
public interface ClassifierWithRmse {
    @Dense(units = 30, act = RELU, init = HE) Layer hidden();
    @Dense(units = 3, act = SOFTMAX)          Layer output();
}
