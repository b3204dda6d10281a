package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.Target.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

/** Mean squared error reconstructs inputs of any range with a linear output, [0, 1] with a sigmoid. */
@Model(input = {2, 4}, loss = MEAN_SQUARED_ERROR, target = INPUT)
@Schedule(value = PLATEAU, monitor = "val_loss")
public interface MseReconstruction {
    @Flatten                                Layer flatten();
    @Dense(units = 3, act = ELU, init = HE) Layer code();
    @Dense(units = 8)                       Layer reconstruction();
}
