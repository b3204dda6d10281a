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

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface RReLUOutOfRange {
    @Dense(units = 16)                       Layer hidden();
    @RReLU(upper = 1.5)                      Layer rrelu();
    @Dense(units = 1, act = SIGMOID) Layer output();
}
