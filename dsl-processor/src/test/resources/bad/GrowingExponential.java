package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Granularity.*;
import static dev.lamina.dsl.Loss.*;
import static dev.lamina.dsl.ScheduleKind.*;

import dev.lamina.dsl.*;
import dev.lamina.runtime.layer.Layer;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
@Schedule(value = EXPONENTIAL, initialRate = 0.01, decaySteps = 20, per = EPOCH,
        decayRate = 10)
public interface GrowingExponential {
    @Dense(units = 1, act = SIGMOID) Layer output();
}
