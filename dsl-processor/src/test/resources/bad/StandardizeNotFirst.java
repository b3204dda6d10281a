package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Distribution.*;
import static dev.lamina.dsl.FanMode.*;
import static dev.lamina.dsl.Granularity.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.OptimizerKind.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.WeightTarget.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {28, 28}, loss = SPARSE_CATEGORICAL_CROSSENTROPY)
public interface StandardizeNotFirst {
    @Flatten                          Layer flatten();
    @Standardize                      Layer standardize();
    @Dense(units = 10, act = SOFTMAX) Layer output();
}
