package test;

import static dev.lamina.dsl.Activation.*;
import static dev.lamina.dsl.Init.*;
import static dev.lamina.dsl.Loss.*;

import dev.lamina.dsl.Dense;
import dev.lamina.dsl.Dropout;
import dev.lamina.dsl.Model;

@Model(input = {8}, loss = BINARY_CROSSENTROPY)
public interface OlderRuntime {
    @Dense(units = 16, act = RELU, init = HE)   Object hidden();
    @Dropout(0.5)                    Object drop();
    @Dense(units = 1, act = SIGMOID) Object output();
}
