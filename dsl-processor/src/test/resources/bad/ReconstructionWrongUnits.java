package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.Metric.*;
import static dev.lamina.dsl.ScheduleKind.*;
import static dev.lamina.dsl.Target.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {28, 28}, loss = BINARY_CROSSENTROPY, target = INPUT)
public interface ReconstructionWrongUnits {
    @Flatten                                   Layer flatten();
    @Dense(units = 30, act = ELU, init = HE)   Layer code();
    @Dense(act = SIGMOID,
           units = 100)
    Layer reconstruction();
}
